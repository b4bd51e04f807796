// Tests of FirstEqual (src/entities/post_first_equal.h), the table that groups equal strings:
// each string added is answered with the first equal one, look-ups find only what was added,
// and strings that differ in one byte anywhere (every length the hash reads differently) stay
// apart while the table grows.
#include "entities/post_first_equal.h"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

namespace claimsift::entities {
namespace {

TEST(PostFirstEqual, AnswersTheFirstEqualString) {
  FirstEqual t;
  EXPECT_EQ(t.find("Sweden"), -1);  // nothing added yet
  EXPECT_EQ(t.add("Sweden"), 0u);
  EXPECT_EQ(t.add("Korea"), 1u);
  EXPECT_EQ(t.add("Sweden"), 0u);
  EXPECT_EQ(t.add(""), 3u);
  EXPECT_EQ(t.add(""), 3u);
  EXPECT_EQ(t.add("Korea"), 1u);
  EXPECT_EQ(t.size(), 6u);
  EXPECT_EQ(t.find("Korea"), 1);
  EXPECT_EQ(t.find(""), 3);
  EXPECT_EQ(t.find("sweden"), -1);  // case matters
  EXPECT_EQ(t.find("Swede"), -1);
}

TEST(PostFirstEqual, OneByteApartAtEveryLengthAndPosition) {
  // Strings of every length up to 40 and each of them with one byte changed at each position:
  // all different, so each is its own first; added twice, the second time finds the first.
  std::vector<std::string> strings;
  for (size_t n = 0; n <= 40; ++n) {
    std::string base(n, 'a');
    for (size_t k = 0; k < n; ++k) base[k] = static_cast<char>('a' + (k * 7) % 26);
    strings.push_back(base);
    for (size_t k = 0; k < n; ++k) {
      std::string other = base;
      other[k] = static_cast<char>(other[k] ^ 1);
      strings.push_back(other);
    }
  }
  FirstEqual t(4);  // far fewer than added: the table must grow
  std::map<std::string, uint32_t> reference;
  for (int pass = 0; pass < 2; ++pass) {
    for (const std::string& s : strings) {
      const uint32_t number = static_cast<uint32_t>(t.size());
      const uint32_t first = t.add(s);
      auto [it, inserted] = reference.emplace(s, number);
      EXPECT_EQ(first, it->second) << "'" << s << "' pass " << pass;
      EXPECT_EQ(inserted, first == number);
    }
  }
  EXPECT_EQ(reference.size(), strings.size());
  for (const auto& [s, number] : reference) EXPECT_EQ(t.find(s), static_cast<int32_t>(number));
  EXPECT_EQ(t.find("not there at all"), -1);
}

TEST(PostFirstEqual, ResetForgetsEveryStringAndServesAgain) {
  FirstEqual t(2);
  for (const char* s : {"Paris", "Rome", "Paris", "Oslo", "Lima", "Rome"}) t.add(s);
  for (size_t expected : {0u, 1u, 100u}) {  // smaller, equal or larger than the table was
    t.reset(expected);
    EXPECT_EQ(t.size(), 0u);
    EXPECT_EQ(t.find("Paris"), -1);
    EXPECT_EQ(t.add("Rome"), 0u);
    EXPECT_EQ(t.add("Paris"), 1u);
    EXPECT_EQ(t.add("Rome"), 0u);
    EXPECT_EQ(t.find("Paris"), 1);
    EXPECT_EQ(t.find("Oslo"), -1);
  }
}

}  // namespace
}  // namespace claimsift::entities
