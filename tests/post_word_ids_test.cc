// Tests of the per-document word ids of the people passes (src/entities/post_word_ids.h): equal
// normalised forms share an id, different forms never do, ids are dense, and the table stays
// right while it grows; each chunk's name words and nicknames (NameWords).
#include "entities/post_word_ids.h"

#include <gtest/gtest.h>

#include <map>
#include <span>
#include <string>
#include <vector>

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

// A chunk over tokens [tb, te).
Chunk chunk(const Doc& d, uint32_t tb, uint32_t te) {
  Chunk c;
  c.tb = tb;
  c.te = te;
  c.span = d.token_span(tb, te);
  return c;
}

TEST(PostNameWords, WordsOutsideQuotesAndNicknamesInside) {
  const Doc d = tokenize_and_split("Oskar \"Ozzy\" Lindqvist met Ozzy and Oskar Lindqvist.");
  NameWords names(d);
  const uint32_t oskar = token_of(d, "Oskar"), lindqvist = token_of(d, "Lindqvist");
  std::vector<Chunk> chunks{chunk(d, oskar, lindqvist + 1), chunk(d, token_of(d, "Ozzy", 1), token_of(d, "Ozzy", 1) + 1),
                            chunk(d, token_of(d, "Oskar", 1), token_of(d, "Lindqvist", 1) + 1)};
  WordIds& ids = names.ids();
  const std::span<const uint32_t> full = names.words(chunks, 0);
  ASSERT_EQ(full.size(), 2u);
  EXPECT_EQ(full[0], ids.of(oskar));
  EXPECT_EQ(full[1], ids.of(lindqvist));
  const std::span<const uint32_t> nick = names.nicknames(chunks, 0);
  ASSERT_EQ(nick.size(), 1u);
  EXPECT_EQ(nick[0], ids.of(token_of(d, "Ozzy")));
  // The bare "Ozzy" has the nickname's id as its one name word; no nicknames of its own.
  ASSERT_EQ(names.words(chunks, 1).size(), 1u);
  EXPECT_EQ(names.words(chunks, 1)[0], nick[0]);
  EXPECT_TRUE(names.nicknames(chunks, 1).empty());
  // The later full name has the same ids; asking again gives the same answer.
  const std::vector<uint32_t> again(names.words(chunks, 2).begin(), names.words(chunks, 2).end());
  EXPECT_EQ(again, (std::vector<uint32_t>{ids.of(oskar), ids.of(lindqvist)}));
  EXPECT_EQ(names.words(chunks, 0).size(), 2u);
  EXPECT_EQ(names.nicknames(chunks, 0).size(), 1u);
}

TEST(PostNameWords, ChunksAddedLaterAreFound) {
  const Doc d = tokenize_and_split("Ana Ruiz and Bo Lind");
  NameWords names(d);
  std::vector<Chunk> chunks{chunk(d, 0, 2)};
  EXPECT_EQ(names.words(chunks, 0).size(), 2u);
  chunks.push_back(chunk(d, 3, 5));
  chunks.push_back(chunk(d, 2, 3));  // "and": a word too
  EXPECT_EQ(names.words(chunks, 2).size(), 1u);
  EXPECT_EQ(names.words(chunks, 1).size(), 2u);
  EXPECT_EQ(names.words(chunks, 1)[1], names.ids().of(4));
}

TEST(PostWordIds, ResetStartsOverForTheNextDocument) {
  // A table reused for a second document answers as a fresh one: ids from 0 again, no id of
  // the first document's forms left (the first document is larger, so its table had grown).
  std::string first_text;
  for (int i = 0; i < 400; ++i) first_text += "w" + std::to_string(i) + "x ";
  const Doc first = tokenize_and_split(first_text);
  const Doc second = tokenize_and_split("Lind met w3x and Lind");
  WordIds reused(first);
  for (uint32_t i = 0; i < first.tokens.size(); ++i) reused.of(i);
  EXPECT_EQ(reused.size(), 400u);
  reused.reset(second);
  WordIds fresh(second);
  EXPECT_EQ(reused.size(), 0u);
  for (uint32_t i = 0; i < second.tokens.size(); ++i) EXPECT_EQ(reused.of(i), fresh.of(i)) << i;
  EXPECT_EQ(reused.of(token_of(second, "Lind", 1)), 0u);
  EXPECT_EQ(reused.size(), 4u);  // lind, met, w3x, and
}

TEST(PostNameWords, ResetForgetsTheChunksOfTheDocumentBefore) {
  const Doc first = tokenize_and_split("Oskar \"Ozzy\" Lindqvist and Ana Ruiz");
  const Doc second = tokenize_and_split("Bo Lind left");
  NameWords names(first);
  std::vector<Chunk> chunks{chunk(first, 0, 5)};
  ASSERT_EQ(names.words(chunks, 0).size(), 2u);
  ASSERT_EQ(names.nicknames(chunks, 0).size(), 1u);
  names.reset(second);
  chunks = {chunk(second, 0, 2)};
  ASSERT_EQ(names.words(chunks, 0).size(), 2u);
  EXPECT_TRUE(names.nicknames(chunks, 0).empty());
  EXPECT_EQ(names.words(chunks, 0)[0], 0u);
  EXPECT_EQ(names.words(chunks, 0)[1], names.ids().of(1));
  EXPECT_EQ(names.ids().size(), 2u);
}

}  // namespace
}  // namespace claimsift::entities
