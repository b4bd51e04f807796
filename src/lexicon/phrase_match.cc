// Longest-match phrase look-up over tokens. See include/claimsift/phrase_match.h.
// Tested by tests/lexicon_vocabulary_test.cc.
#include "claimsift/phrase_match.h"

#include <algorithm>

#include "claimsift/limits.h"

namespace claimsift {

void append_token_key(const Doc& doc, uint32_t first, uint32_t last, std::string* out) {
  for (uint32_t t = first; t < last; ++t) {
    if (t > first && doc.tokens[t].has(kSpaceBefore)) out->push_back(' ');
    out->append(doc.norm(doc.tokens[t]));
  }
}

namespace {

// Whether `key` is the key of tokens [first, last) (what append_token_key builds), compared
// piece by piece, without building it.
bool is_token_key(std::string_view key, const Doc& doc, uint32_t first, uint32_t last) {
  for (uint32_t t = first; t < last; ++t) {
    if (t > first && doc.tokens[t].has(kSpaceBefore)) {
      if (key.empty() || key.front() != ' ') return false;
      key.remove_prefix(1);
    }
    const std::string_view norm = doc.norm(doc.tokens[t]);
    if (!key.starts_with(norm)) return false;
    key.remove_prefix(norm.size());
  }
  return key.empty();
}

// Whether token `t` can be a later token of a key of the list with vocabulary id `id` < 64
// (LexiconVocabulary::follows). A token whose form is no word follows no key, unless its form
// is empty: the key it would extend is then the same key, which may be there.
bool may_follow(const Doc& doc, uint32_t t, int id) {
  const Token& tok = doc.tokens[t];
  if (tok.word < 0) return tok.norm_size == 0;
  return ((doc.vocabulary->follows(tok.word) >> id) & 1) != 0;
}

// The longest key of more than one token that extends the key of token `first` (one that
// continues) within [first, limit), else the first token alone when `first_entry` >= 0 (its
// entry index). `follow_id` is the list's vocabulary id when the tokens' word ids answer
// may_follow, -1 when they do not.
PhraseMatch extend(const Doc& doc, uint32_t first, uint32_t limit, const Lexicon& lexicon,
                   int follow_id, int first_entry) {
  PhraseMatch best;
  if (first_entry >= 0) best = PhraseMatch{first_entry, first + 1};
  const uint32_t stop = std::min<uint32_t>(limit, first + static_cast<uint32_t>(kMaxPhraseTokens));
  // Extend the hash token by token; the list's filter turns away most keys that are not there
  // without a probe, and the key text is compared only for a slot whose fingerprint matches.
  uint64_t hash = lexicon_hash(doc.norm(doc.tokens[first]));
  for (uint32_t t = first + 1; t < stop; ++t) {
    if (follow_id >= 0 && !may_follow(doc, t, follow_id)) break;
    if (doc.tokens[t].has(kSpaceBefore)) hash = lexicon_hash_more(hash, " ");
    hash = lexicon_hash_more(hash, doc.norm(doc.tokens[t]));
    if (!lexicon.may_have(hash)) break;
    const LexiconKey* key = lexicon.find_key_if(
        hash, [&](std::string_view candidate) { return is_token_key(candidate, doc, first, t + 1); });
    if (key == nullptr) break;
    if (key->entry >= 0) best = PhraseMatch{key->entry, t + 1};
    if (!key->continues) break;
  }
  return best;
}

// The first token's own match in a list it is an entry of, by its word record (by_token_bits).
PhraseMatch first_token_entry(const Doc& doc, uint32_t first, const Lexicon& lexicon) {
  return PhraseMatch{doc.vocabulary->key(doc.tokens[first].word, lexicon)->entry, first + 1};
}

// extend() after a first token whose key continues and a next token that may follow it (the
// rarer case, out of line: the common answers take no call).
[[gnu::noinline]] PhraseMatch extend_by_bits(const Doc& doc, uint32_t first, uint32_t limit,
                                             const Lexicon& lexicon, bool first_is_entry) {
  const int first_entry = first_is_entry ? first_token_entry(doc, first, lexicon).entry : -1;
  return extend(doc, first, limit, lexicon, lexicon.id(), first_entry);
}

// match_longest_at for a list the token bits do not answer for: the first token's key record by
// find_token, and no follows() test.
[[gnu::noinline]] PhraseMatch match_by_key(const Doc& doc, uint32_t first, uint32_t limit,
                                           const Lexicon& lexicon) {
  const LexiconKey* key = find_token(doc, first, lexicon);
  if (key == nullptr) return PhraseMatch{};
  if (key->continues) return extend(doc, first, limit, lexicon, -1, key->entry);
  return PhraseMatch{key->entry, first + 1};
}

}  // namespace

PhraseMatch match_longest_at(const Doc& doc, uint32_t first, uint32_t limit,
                             const Lexicon& lexicon, std::string* /*scratch: unused*/) {
  // (An empty list needs no test of its own: no token is a key of it.)
  if (first >= limit) return PhraseMatch{};
  if (!by_token_bits(doc, lexicon)) return match_by_key(doc, first, limit, lexicon);
  // The first token from bits of the token and of its word record; most words that begin
  // longer keys are followed by one that continues none of them, which its follows() bit says
  // before any hashing.
  const Token& tok = doc.tokens[first];
  const int id = lexicon.id();
  if (((tok.lists >> id) & 1) == 0) return PhraseMatch{};
  const WordRecord& r = doc.vocabulary->record(tok.word);
  const bool is_entry = ((r.entries >> id) & 1) != 0;
  if (((r.continues >> id) & 1) != 0 && first + 1 < limit && may_follow(doc, first + 1, id)) {
    return extend_by_bits(doc, first, limit, lexicon, is_entry);
  }
  return is_entry ? first_token_entry(doc, first, lexicon) : PhraseMatch{};
}

}  // namespace claimsift
