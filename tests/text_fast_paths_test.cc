// Tests of the text stage's fast paths: the eight-byte ASCII classes (text/char_class.h) against
// a byte-by-byte reference, and the tokenizer's word ids (its cache of recent forms) against a
// direct vocabulary look-up of every token's form.
#include <gtest/gtest.h>

#include <cstring>
#include <random>
#include <string>

#include "claimsift/lexicon.h"
#include "claimsift/tokenizer.h"
#include "testing/test_util.h"
#include "text/char_class.h"

namespace claimsift {
namespace {

uint64_t load(const unsigned char* b) {
  uint64_t x;
  std::memcpy(&x, b, 8);
  return x;
}

// The byte-by-byte masks ascii_classes must give.
text::AsciiClasses reference(const unsigned char* b) {
  text::AsciiClasses k;
  for (int i = 0; i < 8; ++i) {
    const uint64_t bit = uint64_t{0x80} << (8 * i);
    if (b[i] >= '0' && b[i] <= '9') k.digit |= bit;
    if (b[i] >= 'A' && b[i] <= 'Z') k.upper |= bit;
    if (b[i] >= 'a' && b[i] <= 'z') k.lower |= bit;
  }
  return k;
}

void expect_classes(const unsigned char* b) {
  const text::AsciiClasses want = reference(b);
  const text::AsciiClasses got = text::ascii_classes(load(b));
  EXPECT_EQ(got.digit, want.digit);
  EXPECT_EQ(got.upper, want.upper);
  EXPECT_EQ(got.lower, want.lower);
  EXPECT_EQ(got.alnum(), want.digit | want.upper | want.lower);
}

TEST(AsciiClasses, MatchEveryByteValueInEveryPosition) {
  // Each byte value next to each of the range edges, in every position.
  const unsigned char edges[] = {'/', '0', '9', ':', '@', 'A', 'Z', '[', '`', 'a', 'z', '{',
                                 0x7F, 0x80, 0xC1, 0xDA, 0xE1, 0xFA, 0xFF, 0x00, 0x20};
  for (int v = 0; v < 256; ++v) {
    for (int pos = 0; pos < 8; ++pos) {
      for (const unsigned char e : edges) {
        unsigned char b[8];
        std::memset(b, e, 8);
        b[pos] = static_cast<unsigned char>(v);
        expect_classes(b);
      }
    }
  }
}

TEST(AsciiClasses, MatchRandomWords) {
  std::mt19937 rng(7);
  for (int n = 0; n < 20000; ++n) {
    unsigned char b[8];
    for (unsigned char& c : b) c = static_cast<unsigned char>(rng());
    expect_classes(b);
  }
}

TEST(AsciiClasses, UpperAndLowerOfAWord) {
  const unsigned char word[8] = {'i', 'P', 'h', 'o', 'n', 'e', '1', '!'};
  const text::AsciiClasses k = text::ascii_classes(load(word));
  EXPECT_EQ(k.upper, uint64_t{0x80} << 8);
  EXPECT_EQ(k.digit, uint64_t{0x80} << 48);
  EXPECT_EQ(k.alnum() & (uint64_t{0x80} << 56), 0u);
}

TEST(FirstBytes, MasksThePrefix) {
  EXPECT_EQ(text::first_bytes(0), 0u);
  EXPECT_EQ(text::first_bytes(1), 0xFFu);
  EXPECT_EQ(text::first_bytes(3), 0xFFFFFFu);
  EXPECT_EQ(text::first_bytes(7), 0x00FFFFFFFFFFFFFFull);
  EXPECT_EQ(text::first_bytes(8), ~uint64_t{0});
  EXPECT_EQ(text::first_bytes(12), ~uint64_t{0});
}

TEST(FirstByteIn, LooksAtTheFirstMarkedByteOnly) {
  const uint64_t b0 = 0x80, b2 = uint64_t{0x80} << 16, b5 = uint64_t{0x80} << 40;
  EXPECT_TRUE(text::first_byte_in(b2 | b5, b2));
  EXPECT_FALSE(text::first_byte_in(b2 | b5, b5));
  EXPECT_TRUE(text::first_byte_in(b0 | b2, b0 | b5));
  EXPECT_FALSE(text::first_byte_in(b5, 0));
}

// Every token's word id and list bits equal a direct vocabulary look-up of its form, for forms
// of every length around the cache's limits, cased and not, repeated (cache hits) and many
// distinct ones (entries replaced).
TEST(TokenWordIds, EqualDirectVocabularyLookUps) {
  std::string text =
      "Tom Cruise said the U.S. Government and Mr. Smith met in L.A. on Nov. 2 at 5 p.m. "
      "\xE2\x80\x9CWow!\xE2\x80\x9D, they're 41-year-old. People magazine; TMZ: Instagram's "
      "entertainment entertainer internationally INTERNATIONALLY counterrevolutionaries "
      "abcdefghijklmno abcdefghijklmnop abcdefghijklmnopq Blvd. Inc. said. No. 1 no. "
      "\xC3\x89mile caf\xC3\xA9 Beyonc\xC3\xA9 x y z 1,000.50 8:30 www.example.com #tag @who ";
  for (int n = 0; n < 3000; ++n) text += "w" + std::to_string(n * 7919) + " word" + std::to_string(n) + " ";
  text += text;  // the second copy hits the cache
  Doc doc = testing::read_only(text);
  const LexiconSet& set = LexiconSet::builtin();
  Tokenizer(set).run(&doc);
  const LexiconVocabulary& vocabulary = set.vocabulary();
  ASSERT_EQ(doc.vocabulary, &vocabulary);
  size_t listed = 0;
  for (const Token& t : doc.tokens) {
    const int32_t want = vocabulary.find(doc.norm(t));
    ASSERT_EQ(t.word, want) << doc.norm(t);
    ASSERT_EQ(t.lists, want < 0 ? 0 : vocabulary.word(static_cast<size_t>(want)).lists[0])
        << doc.norm(t);
    listed += want >= 0;
  }
  EXPECT_GT(listed, 20u);
}

}  // namespace
}  // namespace claimsift
