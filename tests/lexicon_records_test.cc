// Tests of the vocabulary's precomputed tables (include/claimsift/lexicon.h, built by
// src/lexicon/lexicon.cc and written out by tools/lexicon_compiler.cc): the perfect hash gives
// every word a distinct, dense id that find() returns; each word's record holds its key, list,
// entry and continuation bits and key indexes exactly as the lists' own tables say; a user file
// merged over a list gets the same answers through the table built at run time; and a list's
// Bloom filter never turns away one of its keys.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "claimsift/lexicon.h"
#include "claimsift/phrase_match.h"

namespace claimsift {
namespace {

// Every space-free key of every list of `set` against the vocabulary's record of its word.
void expect_records_match_lists(const LexiconSet& set) {
  const LexiconVocabulary& v = set.vocabulary();
  size_t checked = 0;
  for (std::string_view name : set.names()) {
    const Lexicon& lex = set.get(name);
    ASSERT_TRUE(v.covers(lex)) << name;
    const int id = lex.id();
    for (size_t k = 0; k < lex.key_count(); ++k) {
      const LexiconKey& key = lex.key_at(k);
      if (key.key.find(' ') != std::string_view::npos) continue;
      const int32_t word = v.find(key.key);
      ASSERT_GE(word, 0) << name << " '" << key.key << "'";
      ASSERT_LT(static_cast<size_t>(word), v.size());
      EXPECT_EQ(v.word(static_cast<size_t>(word)).key, key.key);
      const WordRecord& r = v.record(word);
      EXPECT_EQ(r.size, key.key.size());
      EXPECT_EQ(r.lists, v.word(static_cast<size_t>(word)).lists[0]);
      EXPECT_EQ(v.key(word, lex), &key) << name << " '" << key.key << "'";
      if (id < 64) {
        EXPECT_EQ((r.lists >> id) & 1, 1u) << name << " '" << key.key << "'";
        EXPECT_EQ(((r.entries >> id) & 1) != 0, key.entry >= 0) << name << " '" << key.key << "'";
        EXPECT_EQ(((r.continues >> id) & 1) != 0, key.continues)
            << name << " '" << key.key << "'";
        EXPECT_EQ(v.has_entry(word, id), key.entry >= 0);
      }
      ++checked;
    }
  }
  EXPECT_GT(checked, 1000u);
}

TEST(LexiconRecords, EveryBuiltinKeyHasItsRecord) {
  expect_records_match_lists(LexiconSet::builtin());
}

TEST(LexiconRecords, IdsAreDenseAndEachWordFindsItself) {
  const LexiconVocabulary& v = LexiconSet::builtin().vocabulary();
  ASSERT_GT(v.size(), 1000u);
  for (size_t id = 0; id < v.size(); ++id) {
    const VocabularyWord& w = v.word(id);
    ASSERT_FALSE(w.key.empty()) << id;  // no holes: a minimal perfect hash
    ASSERT_EQ(v.find(w.key), static_cast<int32_t>(id)) << w.key;
    // Entry and continuation bits only where the word is in the list.
    const WordRecord& r = v.record(static_cast<int32_t>(id));
    EXPECT_EQ(r.entries & ~r.lists, 0u) << w.key;
    EXPECT_EQ(r.continues & ~r.lists, 0u) << w.key;
    // A key that is no entry is a prefix, so it continues.
    EXPECT_EQ(r.lists & ~r.entries & ~r.continues, 0u) << w.key;
  }
}

TEST(LexiconRecords, FormsThatAreNoWordsAreNotFound) {
  const LexiconVocabulary& v = LexiconSet::builtin().vocabulary();
  size_t found = 0;
  for (int i = 0; i < 20000; ++i) {
    const std::string form = "zq" + std::to_string(i * 7919) + (i % 2 ? "x" : "qqqqqqqqqqqqqqqqq");
    found += v.find(form) >= 0;
  }
  EXPECT_EQ(found, 0u);
  EXPECT_EQ(v.find(""), -1);
  EXPECT_GE(v.find("the"), 0);
  EXPECT_EQ(v.find(std::string("the\0", 4)), -1);
}

TEST(LexiconRecords, UserFilesGetTheSameAnswersFromTheRunTimeTable) {
  const std::string merged = ::testing::TempDir() + "/records_merged.txt";
  const std::string added = ::testing::TempDir() + "/records_new.txt";
  std::ofstream(merged) << "Zorblax\tf\nTom\tm\nnew york\t\n";
  std::ofstream(added) << "Glimmerquay\nnew glimmerquay harbour\nthe\nan extraordinarily long word\n";
  std::string error;
  auto set = LexiconSet::with_user_files(
      {{"en/tables/entity_gazetteer", merged}, {"user/extra_words", added}}, &error);
  ASSERT_NE(set, nullptr) << error;
  expect_records_match_lists(*set);
  const LexiconVocabulary& v = set->vocabulary();
  const Lexicon& extra = set->get("user/extra_words");
  const int32_t glimmerquay = v.find("glimmerquay");
  ASSERT_GE(glimmerquay, 0);
  EXPECT_TRUE(v.has_entry(glimmerquay, extra.id()));
  const int32_t new_word = v.find("new");
  ASSERT_GE(new_word, 0);
  EXPECT_FALSE(v.has_entry(new_word, extra.id()));  // a prefix only
  EXPECT_NE(v.record(new_word).continues >> extra.id() & 1, 0u);
  std::remove(merged.c_str());
  std::remove(added.c_str());
}

TEST(LexiconRecords, TheFilterNeverRejectsAKey) {
  const LexiconSet& set = LexiconSet::builtin();
  size_t filtered_lists = 0;
  for (std::string_view name : set.names()) {
    const Lexicon& lex = set.get(name);
    bool any_continues = false;
    for (size_t k = 0; k < lex.key_count(); ++k) {
      ASSERT_TRUE(lex.may_have(lexicon_hash(lex.key_at(k).key))) << name << " " << lex.key_at(k).key;
      any_continues = any_continues || lex.key_at(k).continues;
    }
    // Lists a phrase matcher extends into have a filter, and it turns most other keys away.
    EXPECT_EQ(lex.filter_count() > 0, any_continues) << name;
    if (lex.filter_count() == 0) continue;
    ++filtered_lists;
    size_t passed = 0;
    for (int i = 0; i < 10000; ++i) {
      passed += lex.may_have(lexicon_hash("no such key " + std::to_string(i)));
    }
    EXPECT_LT(passed, 1000u) << name;
  }
  EXPECT_GT(filtered_lists, 5u);
}

TEST(LexiconRecords, TheFilterOfARunTimeListHoldsItsKeys) {
  std::vector<std::pair<std::string, std::string>> rows;
  for (int i = 0; i < 500; ++i) rows.emplace_back("word" + std::to_string(i) + " and more", "");
  rows.emplace_back("single", "");
  const auto lex = Lexicon::build("test/phrases", rows);
  ASSERT_GT(lex->filter_count(), 0u);
  for (size_t k = 0; k < lex->key_count(); ++k) {
    EXPECT_TRUE(lex->may_have(lexicon_hash(lex->key_at(k).key))) << lex->key_at(k).key;
  }
  const auto words = Lexicon::build("test/words", {{"alpha", ""}, {"beta", ""}});
  EXPECT_EQ(words->filter_count(), 0u);  // no key continues: never extended into
  EXPECT_TRUE(words->may_have(lexicon_hash("anything")));
}

}  // namespace
}  // namespace claimsift
