// Tests of LexiconVocabulary::find's key compare (lexicon.h find_short, src/lexicon/lexicon.cc
// find_long): words of every length from 1 to 24 bytes are found, and a form differing from
// one in any one byte, or by one byte of length, is not, even when it lands on the word's
// record (the compare of a form of up to 16 bytes is two words and the size; a longer one
// compares the first 16 bytes, then the key).
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "claimsift/lexicon.h"

namespace claimsift {
namespace {

std::string word_of_length(size_t n) {
  std::string w;
  for (size_t i = 0; i < n; ++i) w.push_back(static_cast<char>('a' + (i * 7 + n) % 26));
  return w;
}

TEST(LexiconVocabularyFind, EveryLengthFoundAndEveryByteCompared) {
  std::vector<std::pair<std::string, std::string>> rows;
  for (size_t n = 1; n <= 24; ++n) rows.emplace_back(word_of_length(n), "");
  const auto list = Lexicon::build("test/words", rows);
  const auto vocabulary = LexiconVocabulary::build({list.get()});
  for (size_t n = 1; n <= 24; ++n) {
    const std::string w = word_of_length(n);
    const int32_t id = vocabulary->find(w);
    ASSERT_GE(id, 0) << w;
    EXPECT_EQ(vocabulary->word(static_cast<size_t>(id)).key, w);
    for (size_t i = 0; i < n; ++i) {
      std::string changed = w;
      changed[i] = '#';
      EXPECT_EQ(vocabulary->find(changed), -1) << changed;
    }
    EXPECT_EQ(vocabulary->find(w + "a"), -1) << w;
    EXPECT_EQ(vocabulary->find(std::string_view(w).substr(1)), -1) << w;
    // Trailing zero bytes pad a short form to the same two words: the size tells them apart.
    EXPECT_EQ(vocabulary->find(w + std::string(1, '\0')), -1) << w;
    EXPECT_EQ(vocabulary->find(w), id) << w;
  }
}

// Only the compare can say no when the form reaches the word's own record: with a one-word
// vocabulary every form does.
TEST(LexiconVocabularyFind, TheCompareRejectsFormsOnTheWordsRecord) {
  for (size_t n : {3u, 8u, 9u, 16u, 17u, 24u}) {
    const std::string w = word_of_length(n);
    const auto list = Lexicon::build("test/one", {{w, ""}});
    const auto vocabulary = LexiconVocabulary::build({list.get()});
    ASSERT_EQ(vocabulary->size(), 1u);
    EXPECT_EQ(vocabulary->find(w), 0) << w;
    for (size_t i = 0; i < n; ++i) {
      std::string changed = w;
      changed[i] = '#';
      EXPECT_EQ(vocabulary->find(changed), -1) << changed;
    }
    EXPECT_EQ(vocabulary->find(w + "a"), -1) << w;
    EXPECT_EQ(vocabulary->find(w.substr(0, n - 1)), -1) << w;
    EXPECT_EQ(vocabulary->find(w + std::string(1, '\0')), -1) << w;
    EXPECT_EQ(vocabulary->find(""), -1);
  }
}

}  // namespace
}  // namespace claimsift
