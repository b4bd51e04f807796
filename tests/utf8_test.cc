// UTF-8 helpers (utf8.h): encoding and decoding round trips at every length, walking backwards,
// and the whitespace / invisible / line-break classes the tokenizer relies on.
#include "claimsift/utf8.h"

#include <gtest/gtest.h>

#include <string>

namespace claimsift {
namespace {

TEST(Utf8, AppendThenDecodeRoundTripsEveryLength) {
  const char32_t kCodePoints[] = {U'A', 0x7F, 0x80, 0xE9, 0x7FF, 0x800, 0x20AC, 0xFFFD,
                                  0xFFFF, 0x10000, 0x1F600, 0x10FFFF};
  const size_t kLengths[] = {1, 1, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4};
  for (size_t k = 0; k < std::size(kCodePoints); ++k) {
    std::string s;
    append_utf8(kCodePoints[k], &s);
    EXPECT_EQ(s.size(), kLengths[k]) << std::hex << static_cast<uint32_t>(kCodePoints[k]);
    size_t i = 0;
    EXPECT_EQ(next_code_point(s, i), kCodePoints[k]);
    EXPECT_EQ(i, s.size());
    size_t j = s.size();
    EXPECT_EQ(prev_code_point(s, j), kCodePoints[k]);
    EXPECT_EQ(j, 0u);
  }
}

TEST(Utf8, WalksAMixedStringBothWays) {
  const std::string s = "a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80z";
  const char32_t expected[] = {U'a', 0xE9, 0x20AC, 0x1F600, U'z'};
  size_t i = 0;
  for (char32_t cp : expected) EXPECT_EQ(next_code_point(s, i), cp);
  EXPECT_EQ(i, s.size());
  for (size_t k = std::size(expected); k-- > 0;) EXPECT_EQ(prev_code_point(s, i), expected[k]);
  EXPECT_EQ(i, 0u);
}

TEST(Utf8, CharacterClasses) {
  for (char32_t c : {U' ', U'\t', U'\n', U'\r', char32_t{0xA0}, char32_t{0x2009}, char32_t{0x3000}}) {
    EXPECT_TRUE(is_space(c)) << std::hex << static_cast<uint32_t>(c);
  }
  for (char32_t c : {U'a', U'.', char32_t{0x200B}, char32_t{0xFEFF}}) EXPECT_FALSE(is_space(c));
  for (char32_t c : {char32_t{0x200B}, char32_t{0x2060}, char32_t{0xFEFF}}) {
    EXPECT_TRUE(is_invisible(c));
  }
  EXPECT_FALSE(is_invisible(U' '));
  for (char32_t c : {U'\n', U'\r', char32_t{0x2028}, char32_t{0x2029}, char32_t{0x85}}) {
    EXPECT_TRUE(is_line_break(c));
  }
  EXPECT_FALSE(is_line_break(U' '));
  EXPECT_FALSE(is_line_break(char32_t{0xA0}));
}

}  // namespace
}  // namespace claimsift
