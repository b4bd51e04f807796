// The by-id token classes of src/temporal/time_words.h: a token's class read through its
// vocabulary word id must be the class a look-up of its text gives, the start list must be the
// tokens could_start accepts, blocked tokens are those a span overlaps, and a TokenClasses
// reused for another document must hold nothing of the first.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "claimsift/lexicon.h"
#include "temporal/time_words.h"
#include "testing/test_util.h"

namespace claimsift {
namespace {

using temporal::TimeWords;
using temporal::TokenClasses;
using temporal::WordClass;

const TimeWords& words() {
  static const TimeWords w(LexiconSet::builtin());
  return w;
}

void expect_same_class(const WordClass& a, const WordClass& b, std::string_view form) {
  EXPECT_EQ(a.info, b.info) << form;
  EXPECT_EQ(a.codes.code, b.codes.code) << form;
  EXPECT_EQ(a.codes.second, b.codes.second) << form;
  EXPECT_EQ(a.start, b.start) << form;
  EXPECT_EQ(a.start, a.info ? a.info->start : temporal::kStartsNothing) << form;
}

constexpr std::string_view kText =
    "Last May, the band played every Friday night at 8 p.m. GMT; two weeks ago they said "
    "they'd been \"recently\" in Paris — since 2019 — for New Year's Eve. THE END. In the "
    "'90s and the 1990s, mid-April, a four-week run, 4/29 and 2025-04-29, twenty-four hours, "
    "noon, the first quarter of 2009, they're here; Halloween 2019 at 10:15pm, £5 and 50%.";

TEST(TimeWordsIndex, EveryVocabularyWordHasTheClassOfItsText) {
  const LexiconVocabulary& v = LexiconSet::builtin().vocabulary();
  ASSERT_TRUE(words().indexes(&v));
  size_t classed = 0;
  for (size_t id = 0; id < v.size(); ++id) {
    const std::string_view key = v.word(id).key;
    const WordClass by_id = words().classify_token(static_cast<int32_t>(id), key, key.size());
    expect_same_class(by_id, words().classify(key), key);
    classed += by_id.info != nullptr || by_id.codes.code != 0;
  }
  EXPECT_GT(classed, 100u);  // the months, units, numbers, function words, ...
}

// The by-id index hashes the key words' ids: words whose home slot another key took first must
// still read their own class, and a word that is no key must read none even when keys fill its
// home slot and the ones after it.
TEST(TimeWordsIndex, KeyWordsSharingASlotReadTheirOwnClass) {
  const LexiconVocabulary& v = LexiconSet::builtin().vocabulary();
  const TimeWords::IdIndex index = words().id_index();
  size_t displaced = 0, missed_past_keys = 0;
  for (size_t id = 0; id < v.size(); ++id) {
    const int32_t word = static_cast<int32_t>(id);
    const WordClass& c = index.of_word(word);
    const WordClass& by_text = words().classify(v.word(id).key);
    expect_same_class(c, by_text, v.word(id).key);
    const uint32_t home = index.slots[index.home(word)];
    if (&by_text != &words().none()) {
      displaced += (home >> TimeWords::IdIndex::kClassBits) != static_cast<uint32_t>(word) + 1;
    } else {
      missed_past_keys += home != 0;
    }
  }
  EXPECT_GT(displaced, 5u);          // keys that probe past their home slot
  EXPECT_GT(missed_past_keys, 100u);  // other words whose home slot holds a key
}

TEST(TimeWordsIndex, FormsInNoListAreLookedUpByText) {
  // Punctuation and a few clitics are keys of the table but no list's words.
  EXPECT_GT(words().unlisted_key_count(), 0u);
  EXPECT_LT(words().unlisted_key_count(), 40u);
  for (std::string_view form : {",", ":", ";", "-", "\"", "#", "$", "%", "'re", "£", "€", "—",
                                "–", "xyzzy", "qwertyuiop", "."}) {
    ASSERT_LT(LexiconSet::builtin().vocabulary().find(form), 0) << form;
    expect_same_class(words().classify_token(-1, form, form.size()), words().classify(form), form);
  }
  EXPECT_NE(words().classify_token(-1, ",", 1).codes.code, 0);
  EXPECT_NE(words().classify_token(-1, "'re", 3).codes.code, 0);
  EXPECT_EQ(words().classify_token(-1, "xyzzy", 5).codes.code, 0);
}

// A phrase look-up is skipped when the next token is the second word of no entry of that list
// (Scan::longest): the second token of every multi-token entry, as the tokenizer cuts it, must
// carry its own list's bit (a number may be second anywhere).
TEST(TimeWordsIndex, SecondTokensCarryTheirListsBit) {
  for (std::string_view name : {"en/tables/time_numbers", "en/tables/time_modifiers",
                                "en/tables/time_holidays", "en/tables/time_vague",
                                "en/tables/time_deictic_days"}) {
    const Lexicon& lex = LexiconSet::builtin().get(name);
    const uint8_t bit = words().checked_phrase_list(lex);
    ASSERT_NE(bit, 0) << name;
    size_t phrases = 0;
    for (size_t e = 0; e < lex.size(); ++e) {
      const Doc doc = testing::tokenize_and_split(lex.surface(static_cast<int>(e)));
      if (doc.tokens.size() < 2 || doc.tokens[1].kind == TokenKind::kNumber) continue;
      ++phrases;
      TokenClasses classes;
      classes.compute(doc, words());
      EXPECT_NE(classes.codes[1].second & bit, 0)
          << name << ": " << lex.surface(static_cast<int>(e)) << " second token "
          << doc.norm(doc.tokens[1]);
    }
    EXPECT_GT(phrases, 0u) << name;
  }
}

TEST(TimeWordsIndex, OnlyTheSetsOwnVocabularyIsIndexed) {
  EXPECT_FALSE(words().indexes(nullptr));
  std::unique_ptr<LexiconVocabulary> other =
      LexiconVocabulary::build({&LexiconSet::builtin().get("en/tables/time_months")});
  EXPECT_FALSE(words().indexes(other.get()));
}

TEST(TokenClassesStarts, AreTheTokensCouldStartAccepts) {
  const Doc doc = testing::tokenize_and_split(kText);
  TokenClasses classes;
  classes.compute(doc, words());
  std::vector<uint32_t> expected;
  for (uint32_t i = 0; i < doc.tokens.size(); ++i)
    if (temporal::could_start(doc, classes.info.data(), i)) expected.push_back(i);
  const std::vector<uint32_t> got(classes.starts.data(),
                                  classes.starts.data() + classes.starts.size());
  EXPECT_EQ(got, expected);
  EXPECT_GT(expected.size(), 20u);
  EXPECT_LT(expected.size(), doc.tokens.size());
}

TEST(TokenClassesStarts, ByTextAndByIdAgree) {
  const Doc doc = testing::tokenize_and_split(kText);
  Doc by_text = doc;
  by_text.vocabulary = nullptr;  // no word ids to read: every token is looked up by its text
  TokenClasses a, b;
  a.compute(doc, words());
  b.compute(by_text, words());
  for (size_t j = 0; j < doc.tokens.size(); ++j) {
    EXPECT_EQ(a.info[j], b.info[j]) << doc.norm(doc.tokens[j]);
    EXPECT_EQ(a.codes[j].code, b.codes[j].code) << doc.norm(doc.tokens[j]);
    EXPECT_EQ(a.codes[j].second, b.codes[j].second) << doc.norm(doc.tokens[j]);
  }
  ASSERT_EQ(a.starts.size(), b.starts.size());
  for (size_t k = 0; k < a.starts.size(); ++k) EXPECT_EQ(a.starts[k], b.starts[k]);
}

TEST(TokenClassesBlocked, AreTheTokensASpanOverlaps) {
  const Doc doc = testing::tokenize_and_split(kText);
  // Unsorted, overlapping, empty, inside one token, across several, past the end.
  const std::vector<ByteSpan> spans = {ByteSpan{60, 75}, ByteSpan{0, 4},  ByteSpan{62, 64},
                                       ByteSpan{30, 30}, ByteSpan{31, 32}, ByteSpan{100, 180},
                                       ByteSpan{static_cast<uint32_t>(kText.size()) - 2, 100000}};
  TokenClasses classes;
  classes.compute(doc, words(), &spans);
  for (size_t j = 0; j < doc.tokens.size(); ++j) {
    const Token& t = doc.tokens[j];
    bool overlaps = false;
    for (const ByteSpan s : spans) overlaps = overlaps || (s.begin < t.end && s.end > t.begin);
    EXPECT_EQ(classes.blocked[j] != 0, overlaps) << j << " " << doc.norm(t);
  }
}

TEST(TokenClassesReuse, ASecondDocumentKeepsNothingOfTheFirst) {
  const Doc first = testing::tokenize_and_split(kText);
  const std::vector<ByteSpan> spans = {ByteSpan{0, 200}};
  const Doc second = testing::tokenize_and_split("He left on Monday, two days later.");
  TokenClasses reused, fresh;
  reused.compute(first, words(), &spans);
  reused.compute(second, words());
  fresh.compute(second, words());
  ASSERT_EQ(reused.info.size(), second.tokens.size());
  for (size_t j = 0; j < second.tokens.size(); ++j) {
    EXPECT_EQ(reused.info[j], fresh.info[j]);
    EXPECT_EQ(reused.codes[j].code, fresh.codes[j].code);
    EXPECT_EQ(reused.codes[j].second, fresh.codes[j].second);
    EXPECT_EQ(reused.blocked[j], 0);
  }
  ASSERT_EQ(reused.starts.size(), fresh.starts.size());
  for (size_t k = 0; k < fresh.starts.size(); ++k) EXPECT_EQ(reused.starts[k], fresh.starts[k]);
  reused.release_beyond(0);
  EXPECT_EQ(reused.info.size(), 0u);
}

}  // namespace
}  // namespace claimsift
