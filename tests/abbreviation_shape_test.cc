// Tests of text::has_plain_abbreviation_shape (src/text/abbreviations.h/.cc), the tokenizer's byte
// test for words of ASCII letters and digits before a period: it must answer exactly what the
// general has_abbreviation_shape answers, for every word of one to four bytes over an alphabet
// of vowels, consonants (both cases, doubled or not) and digits.
#include <gtest/gtest.h>

#include <string>

#include "text/abbreviations.h"

namespace claimsift::text {
namespace {

TEST(PlainAbbreviationShape, EqualsTheGeneralShapeTest) {
  const std::string alphabet = "aBbdEJjkLmsvYyZz0190";
  size_t kept = 0;
  for (size_t length = 1; length <= 4; ++length) {
    std::string word(length, 'a');
    size_t total = 1;
    for (size_t i = 0; i < length; ++i) total *= alphabet.size();
    for (size_t n = 0; n < total; ++n) {
      size_t rest = n;
      for (size_t i = 0; i < length; ++i) {
        word[i] = alphabet[rest % alphabet.size()];
        rest /= alphabet.size();
      }
      const bool want = has_abbreviation_shape(word);
      ASSERT_EQ(has_plain_abbreviation_shape(word), want) << word;
      kept += want;
    }
  }
  EXPECT_GT(kept, 1000u);
  EXPECT_TRUE(has_plain_abbreviation_shape("Blvd"));
  EXPECT_TRUE(has_plain_abbreviation_shape("Jr"));
  EXPECT_TRUE(has_plain_abbreviation_shape("J"));
  EXPECT_FALSE(has_plain_abbreviation_shape("TMZ"));
  EXPECT_FALSE(has_plain_abbreviation_shape("Hmm"));
  EXPECT_FALSE(has_plain_abbreviation_shape("Pkwys"));
  EXPECT_FALSE(has_plain_abbreviation_shape(""));
  EXPECT_FALSE(has_plain_abbreviation_shape("7"));
}

}  // namespace
}  // namespace claimsift::text
