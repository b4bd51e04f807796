// Tests of LexiconVocabulary::find's key compare (src/lexicon/lexicon.cc, same_word): words of
// every length from 1 to 24 bytes are found, and a form given a word's hash but differing from
// it in any one byte, or by one byte of length, is not (the compare loads 4 or 8 bytes from
// both ends).
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
    // With the word's own hash the probe reaches its slot, so only the compare can say no.
    const uint64_t hash = lexicon_hash(w);
    for (size_t i = 0; i < n; ++i) {
      std::string changed = w;
      changed[i] = '#';
      EXPECT_EQ(vocabulary->find(changed, hash), -1) << changed;
    }
    EXPECT_EQ(vocabulary->find(w + "a", hash), -1) << w;
    EXPECT_EQ(vocabulary->find(std::string_view(w).substr(1), hash), -1) << w;
    EXPECT_EQ(vocabulary->find(w, hash), id) << w;
  }
}

}  // namespace
}  // namespace claimsift
