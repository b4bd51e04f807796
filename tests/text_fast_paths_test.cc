// Tests of the text stage's fast paths: the eight- and sixteen-byte ASCII classes
// (text/char_class.h) against a byte-by-byte reference, the tokenizer's word ids (its cache of
// recent forms) against a direct vocabulary look-up of every token's form, and its one-byte
// marks and abbreviation periods against the general path.
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
struct Reference {
  uint64_t digit = 0, upper_bits = 0, lower_bits = 0;
  uint64_t upper() const { return upper_bits; }
  uint64_t lower() const { return lower_bits; }
  uint64_t alnum() const { return digit | upper_bits | lower_bits; }
};

Reference reference(const unsigned char* b) {
  Reference k;
  for (int i = 0; i < 8; ++i) {
    const uint64_t bit = uint64_t{0x80} << (8 * i);
    if (b[i] >= '0' && b[i] <= '9') k.digit |= bit;
    if (b[i] >= 'A' && b[i] <= 'Z') k.upper_bits |= bit;
    if (b[i] >= 'a' && b[i] <= 'z') k.lower_bits |= bit;
  }
  return k;
}

void expect_classes(const unsigned char* b) {
  const Reference want = reference(b);
  const text::AsciiClasses got = text::ascii_classes(load(b));
  EXPECT_EQ(got.digit, want.digit);
  EXPECT_EQ(got.upper(), want.upper());
  EXPECT_EQ(got.lower(), want.lower());
  EXPECT_EQ(got.alnum(), want.alnum());
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
  EXPECT_EQ(k.upper(), uint64_t{0x80} << 8);
  EXPECT_EQ(k.digit, uint64_t{0x80} << 48);
  EXPECT_EQ(k.alnum() & (uint64_t{0x80} << 56), 0u);
}

TEST(FirstBytes16, MasksThePrefixOfSixteen) {
  EXPECT_EQ(text::first_bytes16(0).w[0], 0u);
  EXPECT_EQ(text::first_bytes16(0).w[1], 0u);
  EXPECT_EQ(text::first_bytes16(1).w[0], 0xFFu);
  EXPECT_EQ(text::first_bytes16(3).w[0], 0xFFFFFFu);
  EXPECT_EQ(text::first_bytes16(7).w[0], 0x00FFFFFFFFFFFFFFull);
  EXPECT_EQ(text::first_bytes16(7).w[1], 0u);
  EXPECT_EQ(text::first_bytes16(8).w[0], ~uint64_t{0});
  EXPECT_EQ(text::first_bytes16(8).w[1], 0u);
  EXPECT_EQ(text::first_bytes16(12).w[0], ~uint64_t{0});
  EXPECT_EQ(text::first_bytes16(12).w[1], 0xFFFFFFFFu);
  EXPECT_EQ(text::first_bytes16(16).w[1], ~uint64_t{0});
}

TEST(ByteBits, OneBitPerHighBit) {
  EXPECT_EQ(text::byte_bits(0), 0u);
  EXPECT_EQ(text::byte_bits(0x80), 1u);
  EXPECT_EQ(text::byte_bits(uint64_t{0x80} << 56), 0x80u);
  EXPECT_EQ(text::byte_bits(0x8080808080808080ull), 0xFFu);
  EXPECT_EQ(text::byte_bits(0x0080008000800080ull), 0x55u);
}

// classify16 (SSE2 where there is one) and classify16_portable against byte-by-byte classes.
void expect_classes16(const unsigned char* b) {
  uint32_t digit = 0, letter = 0, bit5 = 0;
  unsigned char lowered[16];
  for (int i = 0; i < 16; ++i) {
    if (b[i] >= '0' && b[i] <= '9') digit |= 1u << i;
    const bool is_letter = (b[i] >= 'A' && b[i] <= 'Z') || (b[i] >= 'a' && b[i] <= 'z');
    if (is_letter) letter |= 1u << i;
    if (b[i] & 0x20) bit5 |= 1u << i;
    lowered[i] = is_letter ? static_cast<unsigned char>(b[i] | 0x20) : b[i];
  }
  const char* s = reinterpret_cast<const char*>(b);
  for (const text::Classes16& k : {text::classify16(s), text::classify16_portable(s)}) {
    EXPECT_EQ(k.digit, digit);
    EXPECT_EQ(k.letter, letter);
    EXPECT_EQ(k.bit5, bit5);
    EXPECT_EQ(std::memcmp(k.lowered, lowered, 16), 0);
  }
}

TEST(Classes16, MatchEveryByteValueInEveryPosition) {
  for (int v = 0; v < 256; ++v) {
    for (int pos = 0; pos < 16; ++pos) {
      for (const int e : {int{'a'}, int{'Z'}, int{'5'}, int{' '}, int{'@'}, int{'{'}, 0xC3}) {
        unsigned char b[16];
        std::memset(b, e, 16);
        b[pos] = static_cast<unsigned char>(v);
        expect_classes16(b);
      }
    }
  }
  std::mt19937 rng(11);
  for (int n = 0; n < 20000; ++n) {
    unsigned char b[16];
    for (unsigned char& c : b) c = static_cast<unsigned char>(rng());
    expect_classes16(b);
  }
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
  for (int n = 0; n < 3000; ++n) {
    text += "w" + std::to_string(n * 7919) + " word" + std::to_string(n) + " ";
  }
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

// Marks that stand alone or form runs, and words before a period, near the end of the text
// (where the fast paths step aside) and far from it.
TEST(TokenFastPaths, AgreeWithTheGeneralScanner) {
  const char* cases[] = {
      "Wait... what?! No!! Yes. OK! Go-- now - then -- end. a.m. Mr. Blvd. Jr. J. TMZ. said.",
      "E!'s cast, (left) [x] {y} \"q\" $5 +1 <a> = ^ | ~ & _ ; : / % ``quoted''.",
      "End.", "End!", "End?!", "x--", "U.S.", "Hmm.", "Pkwy.", "No. 1 no. Nov. 2",
  };
  for (const char* text : cases) {
    for (const std::string& t : {std::string(text), std::string(text) + std::string(40, ' ')}) {
      Doc doc = testing::read_only(t);
      Tokenizer(LexiconSet::builtin()).run(&doc);
      std::string joined;
      for (const Token& tok : doc.tokens) joined += std::string(doc.surface(tok)) + "|";
      SCOPED_TRACE(t);
      // The same text padded (fast paths) and not (the end of the text: general paths) splits
      // the same way.
      Doc bare = testing::read_only(text);
      Tokenizer(LexiconSet::builtin()).run(&bare);
      std::string bare_joined;
      for (const Token& tok : bare.tokens) bare_joined += std::string(bare.surface(tok)) + "|";
      EXPECT_EQ(joined, bare_joined);
    }
  }
  Doc doc = testing::read_only("Wait... what?! No!! Go-- now. Mr. Smith said. Then");
  Tokenizer(LexiconSet::builtin()).run(&doc);
  std::vector<std::string> got;
  for (const Token& tok : doc.tokens) got.emplace_back(doc.surface(tok));
  EXPECT_EQ(got, (std::vector<std::string>{"Wait", "...", "what", "?!", "No", "!!", "Go", "--",
                                           "now", ".", "Mr.", "Smith", "said", ".", "Then"}));
}

// The sentence splitter skips words without kHasPeriod unread (may_end, skip_quiet_tokens):
// every word with a period, ASCII or not, one byte or long, at the end of the text or not,
// must carry the flag.
TEST(TokenFlags, EveryWordWithAPeriodHasKHasPeriod) {
  const std::string text =
      "Mr. Smith met Dr. J. K. Rowling in the U.S. and L.A. at 5 p.m. on Nov. 2, said. "
      "Caf\xC3\xA9. Beyonc\xC3\xA9 Jr. \xC3\x89. a. b) 1. x.y Inc. Sept. e.g. i.e. "
      "St. Louis Ave. Corp. Pkwy. Blvd. etc. vs. No. 1. ABC. Q. end.";
  for (const std::string& t : {text, text + std::string(40, ' ')}) {
    Doc doc = testing::read_only(t);
    Tokenizer(LexiconSet::builtin()).run(&doc);
    size_t with_period = 0;
    for (const Token& tok : doc.tokens) {
      if (tok.kind != TokenKind::kWord) continue;
      if (doc.surface(tok).find('.') == std::string_view::npos) continue;
      ++with_period;
      EXPECT_TRUE(tok.has(kHasPeriod)) << doc.surface(tok);
    }
    EXPECT_GT(with_period, 20u);
  }
}

}  // namespace
}  // namespace claimsift
