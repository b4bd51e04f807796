// The temporal word table (src/temporal/time_words.h): what its fast construction and look-up
// rely on, and that the per-token classes agree with a look-up of each token's own form.
#include "temporal/time_words.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "claimsift/lexicon.h"
#include "claimsift/normalize.h"
#include "testing/test_util.h"

namespace claimsift {
namespace {

using temporal::TimeWords;
using temporal::WordClass;

constexpr std::string_view kLists[] = {
    "en/tables/time_months",      "en/tables/time_weekdays",     "en/tables/time_seasons",
    "en/tables/time_parts_of_day", "en/tables/time_units",        "en/tables/time_numbers",
    "en/tables/time_ordinals",    "en/tables/time_holidays",     "en/tables/time_vague",
    "en/tables/time_deictic_days", "en/tables/time_modifiers",    "en/tables/time_set_words",
    "en/tables/time_zones",       "en/tables/time_tense_cues",   "en/tables/time_clock_words"};

// TimeWords reads each entry through the lexicon's key table (no normalisation at start-up):
// that needs every entry's normalised surface to be a key of its own, and no other entry keys.
TEST(TimeWordsData, EveryEntryIsItsOwnKey) {
  for (std::string_view name : kLists) {
    const Lexicon& lex = LexiconSet::builtin().get(name);
    ASSERT_GT(lex.size(), 0u) << name;
    size_t entry_keys = 0;
    for (size_t k = 0; k < lex.key_count(); ++k) entry_keys += lex.key_at(k).entry >= 0;
    EXPECT_EQ(entry_keys, lex.size()) << name;
    for (size_t e = 0; e < lex.size(); ++e) {
      const std::string key = normalize(lex.surface(static_cast<int>(e)));
      const LexiconKey* k = lex.find_key(key);
      ASSERT_NE(k, nullptr) << name << ": " << key;
      EXPECT_EQ(k->entry, static_cast<int>(e)) << name << ": " << key;
    }
  }
}

// A phrase look-up is skipped when the next token is no list's second word (Scan::longest):
// that needs the second token of every multi-token entry, as the tokenizer cuts it, to be
// marked kSecondWord (or to be a number, which the classes never rule out).
TEST(TimeWordsData, SecondTokensOfPhraseEntriesAreMarked) {
  const TimeWords words(LexiconSet::builtin());
  for (std::string_view name : {"en/tables/time_numbers", "en/tables/time_modifiers",
                                "en/tables/time_holidays", "en/tables/time_vague",
                                "en/tables/time_deictic_days"}) {
    const Lexicon& lex = LexiconSet::builtin().get(name);
    EXPECT_NE(words.checked_phrase_list(lex), 0) << name;
    for (size_t e = 0; e < lex.size(); ++e) {
      const Doc doc = testing::tokenize_and_split(lex.surface(static_cast<int>(e)));
      if (doc.tokens.size() < 2) continue;
      if (doc.tokens[1].kind == TokenKind::kNumber) continue;
      const temporal::WordInfo* w = words.find(doc.norm(doc.tokens[1]));
      EXPECT_TRUE(w && w->has(temporal::kSecondWord))
          << name << ": " << lex.surface(static_cast<int>(e)) << " second token "
          << doc.norm(doc.tokens[1]);
    }
  }
}

TEST(TimeWords, FunctionWordsHaveTheirCodes) {
  const TimeWords words(LexiconSet::builtin());
  for (int c = 1; c < temporal::kFunctionWordCount; ++c)
    EXPECT_EQ(words.classify(temporal::kFunctionWords[c]).codes.code, c)
        << temporal::kFunctionWords[c];
  EXPECT_EQ(temporal::Fw("the").code, words.classify("the").codes.code);
}

TEST(TimeWords, ClassesOfSomeWords) {
  const TimeWords words(LexiconSet::builtin());
  const temporal::WordInfo* may = words.find("may");
  ASSERT_NE(may, nullptr);
  EXPECT_TRUE(may->has(temporal::kMonth));
  EXPECT_EQ(may->month, 5);
  EXPECT_EQ(words.classify("may").codes.code, temporal::Fw("may").code);
  ASSERT_NE(words.find("the"), nullptr);
  EXPECT_TRUE(words.find("the")->has(temporal::kGlue));
  // A function word in no list has a code but no class.
  EXPECT_EQ(words.find("although"), nullptr);
  EXPECT_NE(words.classify("although").codes.code, 0);
  EXPECT_EQ(words.find("weeks")->unit[0], 'W');
  EXPECT_TRUE(words.find("weeks")->unit_plural);
  for (std::string_view none : {"", "x", "mayo", "thee", "supercalifragilisticexpialidocious"}) {
    EXPECT_EQ(words.find(none), nullptr) << none;
    EXPECT_EQ(words.classify(none).codes.code, 0) << none;
  }
}

// Reading whole machine words past a key's end must not change its class.
TEST(TimeWords, WholeWordReadsAgreeWithByteReads) {
  const TimeWords words(LexiconSet::builtin());
  const std::string text = "the may weeks of thanksgiving noon fortnightly xyzzy a.m. 1990s";
  for (size_t b = 0; b < text.size(); ++b) {
    for (size_t n = 1; b + n <= text.size() && n <= 30; ++n) {
      const std::string_view s(text.data() + b, n);
      const WordClass bytes = words.classify(s, 0);
      const WordClass whole = words.classify(s, text.size() - b);
      EXPECT_EQ(bytes.info, whole.info) << s;
      EXPECT_EQ(bytes.codes.code, whole.codes.code) << s;
      EXPECT_EQ(bytes.info, words.find(std::string(s))) << s;
    }
  }
}

// The classes computed for a document's tokens are those of the tokens' normalised forms.
TEST(TokenClasses, AgreeWithLookUpsOfEachToken) {
  const TimeWords words(LexiconSet::builtin());
  const Doc doc = testing::tokenize_and_split(
      "Last May, the band played every Friday night at 8 p.m. GMT; two weeks ago they said "
      "they'd been \"recently\" in Paris — since 2019 — for New Year's Eve. THE END.");
  temporal::TokenClasses classes;
  std::vector<ByteSpan> block = {ByteSpan{5, 8}, ByteSpan{0, 1}};
  classes.compute(doc, words, &block);
  ASSERT_EQ(classes.info.size(), doc.tokens.size());
  for (size_t j = 0; j < doc.tokens.size(); ++j) {
    const Token& t = doc.tokens[j];
    const std::string_view s = doc.norm(t);
    const bool classed = t.norm_size <= 24 && (t.kind == TokenKind::kWord ||
                                               t.kind == TokenKind::kClitic ||
                                               t.kind == TokenKind::kPunct);
    EXPECT_EQ(classes.info[j], classed ? words.find(s) : nullptr) << s;
    EXPECT_EQ(classes.codes[j].code, words.classify(s).codes.code) << s;
    const bool overlaps = (t.begin < 8 && t.end > 5) || (t.begin < 1 && t.end > 0);
    EXPECT_EQ(classes.blocked[j] != 0, overlaps) << s;
    const temporal::WordInfo* w = words.find(s);
    EXPECT_EQ(classes.codes[j].second != 0,
              t.kind == TokenKind::kNumber || (w && w->has(temporal::kSecondWord)))
        << s;
  }
}

}  // namespace
}  // namespace claimsift
