// Tests of the per-document word ids of the people passes (src/entities/post_word_ids.h): equal
// normalised forms share an id, different forms never do, ids are dense, and the table stays
// right while it grows.
#include "entities/post_word_ids.h"

#include <gtest/gtest.h>

#include <map>
#include <string>

#include "claimsift/doc.h"
#include "testing/test_util.h"

namespace claimsift::entities {
namespace {

using ::claimsift::testing::tokenize_and_split;

// Token index of the n-th token whose surface is `surface`.
uint32_t token_of(const Doc& d, std::string_view surface, int n = 0) {
  for (uint32_t i = 0; i < d.tokens.size(); ++i) {
    if (d.surface(d.tokens[i]) == surface && n-- == 0) return i;
  }
  ADD_FAILURE() << "no token " << surface;
  return 0;
}

TEST(PostWordIds, EqualFormsShareAnIdOthersDoNot) {
  const Doc d = tokenize_and_split("Tom Cruise met CRUISE and Tom Hanks. Cruise left.");
  WordIds ids(d);
  const uint32_t cruise = ids.of(token_of(d, "Cruise"));
  EXPECT_EQ(ids.of(token_of(d, "Cruise", 1)), cruise);
  EXPECT_EQ(ids.of(token_of(d, "CRUISE")), cruise);  // the normalised form is lower-case
  EXPECT_EQ(ids.of(token_of(d, "Tom", 1)), ids.of(token_of(d, "Tom")));
  EXPECT_NE(ids.of(token_of(d, "Hanks")), cruise);
  EXPECT_NE(ids.of(token_of(d, "Tom")), cruise);
  EXPECT_EQ(ids.size(), 3u);  // cruise, tom, hanks
}

TEST(PostWordIds, DenseIdsInOrderOfFirstQuestion) {
  const Doc d = tokenize_and_split("Ana Ruiz and Bo Lind");
  WordIds ids(d);
  EXPECT_EQ(ids.of(token_of(d, "Lind")), 0u);
  EXPECT_EQ(ids.of(token_of(d, "Ana")), 1u);
  EXPECT_EQ(ids.of(token_of(d, "Lind")), 0u);
  EXPECT_EQ(ids.of(token_of(d, "and")), 2u);
  EXPECT_EQ(ids.size(), 3u);
}

TEST(PostWordIds, AgreesWithAMapOverManyWordsWhileGrowing) {
  std::string text;
  for (int i = 0; i < 3000; ++i) text += "w" + std::to_string(i % 1100) + "x ";
  const Doc d = tokenize_and_split(text);
  WordIds ids(d);
  std::map<std::string, uint32_t> reference;
  for (uint32_t i = 0; i < d.tokens.size(); ++i) {
    const uint32_t id = ids.of(i);
    auto [it, inserted] = reference.emplace(std::string(d.norm(d.tokens[i])), id);
    EXPECT_EQ(it->second, id) << d.norm(d.tokens[i]);
    if (inserted) {
      EXPECT_EQ(id, reference.size() - 1);
    }
  }
  EXPECT_EQ(ids.size(), reference.size());
  EXPECT_EQ(reference.size(), 1100u);
}

}  // namespace
}  // namespace claimsift::entities
