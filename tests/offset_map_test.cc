// The sampled byte -> code point map (offset_map.h), against a naive count at every code point
// boundary of random UTF-8 texts that cross many 64-byte blocks.
#include "claimsift/offset_map.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

#include "claimsift/utf8.h"

namespace claimsift {
namespace {

TEST(OffsetMap, EmptyText) {
  OffsetMap map;
  map.build("");
  EXPECT_EQ(map.code_point_count(), 0u);
  EXPECT_EQ(map.code_point_at("", 0), 0u);
}

TEST(OffsetMap, AsciiIsTheIdentity) {
  const std::string text(1000, 'a');
  OffsetMap map;
  map.build(text);
  for (uint32_t i = 0; i <= text.size(); ++i) ASSERT_EQ(map.code_point_at(text, i), i);
}

TEST(OffsetMap, MatchesANaiveCountOnRandomText) {
  std::mt19937 rng(7);
  const char32_t kPool[] = {U'a', U' ', U'\n', U'\u00E9', U'\u00A0', U'\u2014', U'\u200B',
                            U'\uFEFF', U'\U0001F600', U'\u05D0', U'\u0301', U'\uFFFD'};
  for (int round = 0; round < 50; ++round) {
    std::string text;
    const size_t n = rng() % 700;
    for (size_t i = 0; i < n; ++i) append_utf8(kPool[rng() % std::size(kPool)], &text);
    OffsetMap map;
    map.build(text);
    uint32_t cp = 0;
    for (size_t i = 0; i < text.size();) {
      ASSERT_EQ(map.code_point_at(text, static_cast<uint32_t>(i)), cp) << "byte " << i;
      next_code_point(text, i);
      ++cp;
    }
    EXPECT_EQ(map.code_point_at(text, static_cast<uint32_t>(text.size())), cp);
    EXPECT_EQ(map.code_point_count(), cp);
  }
}

TEST(OffsetMap, RebuildReplacesTheOldText) {
  OffsetMap map;
  map.build(std::string(300, 'x'));
  const std::string text = "\xC3\xA9\xC3\xA9";
  map.build(text);
  EXPECT_EQ(map.code_point_count(), 2u);
  EXPECT_EQ(map.code_point_at(text, 2), 1u);
}

}  // namespace
}  // namespace claimsift
