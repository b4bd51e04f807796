// Longest-match look-up of lexicon phrases over tokens.
//
// The key of tokens [i, j) is their normalised forms joined by one space where the text has
// whitespace between them and by nothing where they touch ("E" "!" "News" -> "e! news"). The
// matcher extends j one token at a time and stops as soon as the key is neither an entry nor a
// prefix of one, so a look-up costs one hash probe per token for words that start nothing.
//
// Tested by tests/lexicon_vocabulary_test.cc (against a look-up of every key built by string).
#ifndef CLAIMSIFT_PHRASE_MATCH_H_
#define CLAIMSIFT_PHRASE_MATCH_H_

#include <cstdint>
#include <string>

#include "claimsift/doc.h"
#include "claimsift/lexicon.h"

namespace claimsift {

struct PhraseMatch {
  int entry = -1;          // entry index in the lexicon, -1 for no match
  uint32_t token_end = 0;  // one past the last token of the match
  explicit operator bool() const { return entry >= 0; }
};

// The key record of token `t`'s normalised form in `lexicon` (an entry or a prefix), or nullptr:
// the same as lexicon.find_key(doc.norm(doc.tokens[t])), but a bit test when the tokenizer has
// given the token its vocabulary id.
inline const LexiconKey* find_token(const Doc& doc, uint32_t t, const Lexicon& lexicon) {
  const LexiconVocabulary* v = doc.vocabulary;
  if (v != nullptr && v->covers(lexicon)) {
    const Token& tok = doc.tokens[t];
    // The token's own bits answer "no" for most tokens without touching the vocabulary.
    if (lexicon.id() < 64 && ((tok.lists >> lexicon.id()) & 1) == 0) return nullptr;
    return v->key(tok.word, lexicon);
  }
  return lexicon.find_key(doc.norm(doc.tokens[t]));
}
// Whether the token's list bits answer for `lexicon` (its vocabulary covers the list, and the
// list's id fits Token::lists): then the word's record holds its entry and continuation bits.
inline bool by_token_bits(const Doc& doc, const Lexicon& lexicon) {
  return doc.vocabulary != nullptr && lexicon.id() < 64 && doc.vocabulary->covers(lexicon);
}
// Whether token `t`'s normalised form is an entry of `lexicon` (not only a prefix of one).
inline bool token_in(const Doc& doc, uint32_t t, const Lexicon& lexicon) {
  if (by_token_bits(doc, lexicon)) {
    // Two bit tests: the token's own, then its word record's (no key record is read).
    const Token& tok = doc.tokens[t];
    return ((tok.lists >> lexicon.id()) & 1) != 0 &&
           doc.vocabulary->has_entry(tok.word, lexicon.id());
  }
  const LexiconKey* k = find_token(doc, t, lexicon);
  return k != nullptr && k->entry >= 0;
}
// Entry index of token `t`'s normalised form in `lexicon`, or -1.
inline int find_token_entry(const Doc& doc, uint32_t t, const Lexicon& lexicon) {
  // A word that is no entry (most tokens, and prefixes) is answered from bits.
  if (by_token_bits(doc, lexicon) && !token_in(doc, t, lexicon)) return -1;
  const LexiconKey* k = find_token(doc, t, lexicon);
  return k ? k->entry : -1;
}

// The longest entry of `lexicon` made of tokens starting at `first`, ending at or before
// `limit`. `scratch` is reused between calls to avoid allocation.
PhraseMatch match_longest_at(const Doc& doc, uint32_t first, uint32_t limit,
                             const Lexicon& lexicon, std::string* scratch);
inline PhraseMatch match_longest(const Doc& doc, uint32_t first, uint32_t limit,
                                 const Lexicon& lexicon, std::string* scratch) {
  // Inline early out: most tokens start no key of the list, and their bits say so.
  const int id = lexicon.id();
  if (first < limit && id >= 0 && id < 64 && ((doc.tokens[first].lists >> id) & 1) == 0 &&
      doc.vocabulary != nullptr && doc.vocabulary->covers(lexicon)) {
    return PhraseMatch{};
  }
  return match_longest_at(doc, first, limit, lexicon, scratch);
}

// The key of tokens [first, last), as the matcher builds it (appended to *out).
void append_token_key(const Doc& doc, uint32_t first, uint32_t last, std::string* out);

}  // namespace claimsift

#endif  // CLAIMSIFT_PHRASE_MATCH_H_
