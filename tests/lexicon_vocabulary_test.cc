// Tests of the lexicon vocabulary: per-token look-ups by word id (find_token, the tokenizer's
// word ids, match_longest's first step) must answer exactly what a look-up by string answers,
// for the built-in set and for a set with user files (merged and new lists).
// Covers src/lexicon/lexicon.cc (LexiconVocabulary), lexicon_set.cc, phrase_match.cc and the
// word ids of src/text/tokenizer.cc.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "claimsift/lexicon.h"
#include "claimsift/phrase_match.h"
#include "claimsift/tokenizer.h"
#include "testing/test_util.h"

namespace claimsift {
namespace {

constexpr const char* kText =
    "date 2025-05-04 Tom Cruise, 62, and Ana de Armas were seen in London on Monday, a source "
    "told Us Weekly. The Top Gun actor reportedly flew to New York City. Per E! News, they're "
    "not dating. Scientology? \"Nothing more,\" her rep said. Singer Kessia, 24, may join the "
    "BRIT Awards at the O2 Arena in Los Angeles on Sept. 5 -- or not. O'Brien's co-star said "
    "so. \xC3\x89mile Zola caf\xC3\xA9 \xE2\x80\x9Cquotes\xE2\x80\x9D and the New York Times.";

Doc tokenize_with(const LexiconSet& set, std::string_view text) {
  Doc doc = testing::read_only(text);
  Tokenizer(set).run(&doc);
  return doc;
}

// Every token against every list of the set: find_token == find_key(norm).
void expect_token_lookups_match_strings(const LexiconSet& set, const Doc& doc) {
  ASSERT_EQ(doc.vocabulary, &set.vocabulary());
  for (std::string_view name : set.names()) {
    const Lexicon& lex = set.get(name);
    EXPECT_TRUE(set.vocabulary().covers(lex)) << name;
    for (uint32_t t = 0; t < doc.tokens.size(); ++t) {
      const std::string_view norm = doc.norm(doc.tokens[t]);
      EXPECT_EQ(find_token(doc, t, lex), lex.find_key(norm)) << name << " '" << norm << "'";
    }
  }
}

TEST(LexiconVocabulary, BuiltinTokenLookupsEqualStringLookups) {
  const LexiconSet& set = LexiconSet::builtin();
  Doc doc = tokenize_with(set, kText);
  ASSERT_GT(doc.tokens.size(), 50u);
  expect_token_lookups_match_strings(set, doc);
  // Some token must be in some list, or the test above proves nothing.
  size_t listed = 0;
  for (const Token& t : doc.tokens) listed += t.word >= 0;
  EXPECT_GT(listed, doc.tokens.size() / 2);
}

TEST(LexiconVocabulary, EveryBuiltinKeyWithoutSpaceIsAWord) {
  const LexiconSet& set = LexiconSet::builtin();
  const LexiconVocabulary& vocabulary = set.vocabulary();
  EXPECT_GT(vocabulary.size(), 1000u);
  for (std::string_view name : set.names()) {
    const Lexicon& lex = set.get(name);
    for (size_t k = 0; k < lex.key_count(); ++k) {
      const LexiconKey& key = lex.key_at(k);
      if (key.key.find(' ') != std::string_view::npos) continue;
      const int32_t word = vocabulary.find(key.key);
      ASSERT_GE(word, 0) << name << " '" << key.key << "'";
      EXPECT_EQ(vocabulary.key(word, lex), &key) << name << " '" << key.key << "'";
    }
  }
  EXPECT_EQ(vocabulary.find("zzqx-not-a-word"), -1);
}

TEST(LexiconVocabulary, UserFilesGetTheirOwnVocabulary) {
  const std::string merged = ::testing::TempDir() + "/vocab_merged.txt";
  const std::string added = ::testing::TempDir() + "/vocab_new.txt";
  std::ofstream(merged) << "Zorblax\tf\nTom\tm\n";
  std::ofstream(added) << "Glimmerquay\nnew york\n";
  std::string error;
  auto set = LexiconSet::with_user_files(
      {{"en/tables/entity_first_names", merged}, {"user/extra_words", added}}, &error);
  ASSERT_NE(set, nullptr) << error;
  Doc doc = tokenize_with(*set, std::string(kText) + " Zorblax met Glimmerquay.");
  expect_token_lookups_match_strings(*set, doc);
  const Lexicon& extra = set->get("user/extra_words");
  const Lexicon& names = set->get("en/tables/entity_first_names");
  bool found_new = false, found_merged = false;
  for (uint32_t t = 0; t < doc.tokens.size(); ++t) {
    if (doc.norm(doc.tokens[t]) == "glimmerquay") found_new = find_token_entry(doc, t, extra) >= 0;
    if (doc.norm(doc.tokens[t]) == "zorblax") found_merged = find_token_entry(doc, t, names) >= 0;
  }
  EXPECT_TRUE(found_new);
  EXPECT_TRUE(found_merged);
  // The built-in list of the same name does not have the user's word, and a document tokenized
  // with the built-in set still looks it up correctly (by string: the list is not covered).
  Doc builtin_doc = tokenize_with(LexiconSet::builtin(), "Zorblax met Glimmerquay.");
  EXPECT_EQ(find_token_entry(builtin_doc, 0, LexiconSet::builtin().get("en/tables/entity_first_names")), -1);
  EXPECT_GE(find_token_entry(builtin_doc, 0, names), 0);
  std::remove(merged.c_str());
  std::remove(added.c_str());
}

TEST(LexiconVocabulary, WordIdsSurviveSwitchingSetsOnOneThread) {
  // The tokenizer caches word ids per thread; a new vocabulary must not see stale ids.
  const std::string added = ::testing::TempDir() + "/vocab_switch.txt";
  for (int round = 0; round < 3; ++round) {
    std::ofstream(added) << "Quillback" << round << "\n";
    std::string error;
    auto set = LexiconSet::with_user_files({{"user/switch", added}}, &error);
    ASSERT_NE(set, nullptr) << error;
    Doc doc = tokenize_with(*set, "Quillback" + std::to_string(round) + " and Quillback9.");
    expect_token_lookups_match_strings(*set, doc);
    EXPECT_GE(find_token_entry(doc, 0, set->get("user/switch")), 0);
    EXPECT_EQ(find_token_entry(doc, 2, set->get("user/switch")), -1);
    Doc plain = tokenize_with(LexiconSet::builtin(), kText);
    expect_token_lookups_match_strings(LexiconSet::builtin(), plain);
  }
  std::remove(added.c_str());
}

TEST(LexiconVocabulary, MatchLongestAgreesWithAStringScan) {
  // match_longest's first step uses the word id, the rest hashes the growing key: compare with
  // a plain scan that builds each key and looks it up by string.
  const LexiconSet& set = LexiconSet::builtin();
  std::string scratch;
  size_t matches = 0;
  std::vector<std::string> texts = {kText};
  for (const char* golden : {"cruise_de_armas", "arrest_denial", "engagement_rumor"}) {
    texts.push_back(testing::read_file(std::string(CLAIMSIFT_SOURCE_DIR) + "/tests/golden/" +
                                       golden + ".txt"));
  }
  for (const std::string& text : texts) {
    Doc doc = tokenize_with(set, text);
    for (std::string_view name : set.names()) {
      const Lexicon& lex = set.get(name);
      for (uint32_t i = 0; i < doc.tokens.size(); ++i) {
        PhraseMatch m = match_longest(doc, i, static_cast<uint32_t>(doc.tokens.size()), lex, &scratch);
        int want_entry = -1;
        uint32_t want_end = 0;
        for (uint32_t j = i + 1; j <= doc.tokens.size() && j <= i + 16; ++j) {
          std::string key;
          append_token_key(doc, i, j, &key);
          const LexiconKey* k = lex.find_key(key);
          if (k == nullptr) break;
          if (k->entry >= 0) {
            want_entry = k->entry;
            want_end = j;
          }
          if (!k->continues) break;
        }
        EXPECT_EQ(m.entry, want_entry) << name << " at token " << i;
        if (want_entry >= 0) {
          EXPECT_EQ(m.token_end, want_end) << name << " at token " << i;
          ++matches;
        }
      }
    }
  }
  EXPECT_GT(matches, 20u);
}

}  // namespace
}  // namespace claimsift
