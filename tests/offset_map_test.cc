// The sampled byte -> code point map (offset_map.h), against a naive count at every code point
// boundary of random UTF-8 texts that cross many 64-byte blocks.
#include "claimsift/offset_map.h"

#include <bit>
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

TEST(OffsetMap, ContinuationMaskHasABitPerContinuationByte) {
  // a C3 A9 E2 82 AC: the continuation bytes are 2, 4 and 5.
  const std::string short_text = "a\xC3\xA9\xE2\x82\xAC";
  EXPECT_EQ(OffsetMap::continuation_mask(short_text.data(), short_text.size()), 0x34u);
  // 32 two-byte characters fill a 64-byte block: every odd byte continues.
  std::string block;
  for (int i = 0; i < 32; ++i) block += "\xC3\xA9";
  EXPECT_EQ(OffsetMap::continuation_mask(block.data(), 64), 0xAAAAAAAAAAAAAAAAull);
  EXPECT_EQ(OffsetMap::continuation_mask(block.data(), 17), 0xAAAAull);  // 16 whole + 1
  EXPECT_EQ(popcount64(0xAAAAAAAAAAAAAAAAull), 32u);
  EXPECT_EQ(popcount64(0), 0u);
  EXPECT_EQ(popcount64(~uint64_t{0}), 64u);
}

// popcount64 against std::popcount on pseudo-random words of every density (both of its code
// paths are built: POPCNT in the release build, the portable one in the sanitizer build).
TEST(Bits, PopcountMatchesTheStandardOne) {
  uint64_t state = 7;
  for (int i = 0; i < 10000; ++i) {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    uint64_t x = state;
    for (int k = 0; k < i % 4; ++k) x &= (x >> 7) | (x << 3);  // sparser words too
    EXPECT_EQ(popcount64(x), static_cast<uint32_t>(std::popcount(x))) << x;
  }
}

TEST(OffsetMap, CountsAcrossExactBlockBoundaries) {
  // Texts of 63, 64, 65 and 128 bytes whose last character ends each block.
  for (size_t n : {63u, 64u, 65u, 128u, 129u}) {
    std::string text(n - 2, 'x');
    text += "\xC3\xA9";
    OffsetMap map;
    map.build(text);
    EXPECT_EQ(map.code_point_count(), n - 1) << n;
    EXPECT_EQ(map.code_point_at(text, static_cast<uint32_t>(n - 2)), n - 2) << n;
    EXPECT_EQ(map.code_point_at(text, static_cast<uint32_t>(n)), n - 1) << n;
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
