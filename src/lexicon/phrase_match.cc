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

// What the first token of a match says: whether it is an entry, and whether longer keys start
// with it. False when it starts no key at all.
bool first_token_key(const Doc& doc, uint32_t first, const Lexicon& lexicon, bool* entry,
                     bool* continues) {
  if (by_token_bits(doc, lexicon)) {
    // Bits of the token and of its word record: no key record is read.
    const Token& tok = doc.tokens[first];
    const int id = lexicon.id();
    if (((tok.lists >> id) & 1) == 0) return false;
    const WordRecord& r = doc.vocabulary->record(tok.word);
    *entry = ((r.entries >> id) & 1) != 0;
    *continues = ((r.continues >> id) & 1) != 0;
    return true;
  }
  const LexiconKey* key = find_token(doc, first, lexicon);
  if (key == nullptr) return false;
  *entry = key->entry >= 0;
  *continues = key->continues;
  return true;
}

}  // namespace

PhraseMatch match_longest_at(const Doc& doc, uint32_t first, uint32_t limit,
                             const Lexicon& lexicon, std::string* scratch) {
  PhraseMatch best;
  if (lexicon.size() == 0) return best;
  if (first >= limit) return best;
  bool first_is_entry = false, continues = false;
  if (!first_token_key(doc, first, lexicon, &first_is_entry, &continues)) return best;
  if (continues) {
    // Extend the hash token by token; the list's filter turns away most keys that are not there
    // without a probe, and the key text is built (into *scratch) only for a slot whose
    // fingerprint matches, so the common case, a first word that starts longer keys followed
    // by a word that continues none of them, costs a hash and a filter test.
    uint64_t hash = lexicon_hash(doc.norm(doc.tokens[first]));
    const uint32_t stop =
        std::min<uint32_t>(limit, first + static_cast<uint32_t>(kMaxPhraseTokens));
    for (uint32_t t = first + 1; t < stop; ++t) {
      if (doc.tokens[t].has(kSpaceBefore)) hash = lexicon_hash_more(hash, " ");
      hash = lexicon_hash_more(hash, doc.norm(doc.tokens[t]));
      if (!lexicon.may_have(hash)) break;
      const LexiconKey* key = lexicon.find_key_if(hash, [&](std::string_view candidate) {
        scratch->clear();
        append_token_key(doc, first, t + 1, scratch);
        return candidate == *scratch;
      });
      if (key == nullptr) break;
      if (key->entry >= 0) {
        best.entry = key->entry;
        best.token_end = t + 1;
      }
      if (!key->continues) break;
    }
  }
  // The first token alone: its entry index is read only when nothing longer matched.
  if (best.entry < 0 && first_is_entry) {
    best.entry = find_token_entry(doc, first, lexicon);
    best.token_end = first + 1;
  }
  return best;
}

}  // namespace claimsift
