// Longest-match phrase look-up over tokens. See include/claimsift/phrase_match.h.
// Tested by tests/lexicon_vocabulary_test.cc.
#include "claimsift/phrase_match.h"

#include "claimsift/limits.h"

namespace claimsift {

void append_token_key(const Doc& doc, uint32_t first, uint32_t last, std::string* out) {
  for (uint32_t t = first; t < last; ++t) {
    if (t > first && doc.tokens[t].has(kSpaceBefore)) out->push_back(' ');
    out->append(doc.norm(doc.tokens[t]));
  }
}

PhraseMatch match_longest_at(const Doc& doc, uint32_t first, uint32_t limit,
                             const Lexicon& lexicon, std::string* scratch) {
  PhraseMatch best;
  if (lexicon.size() == 0) return best;
  if (first >= limit) return best;
  // The first token by its vocabulary id: most tokens start nothing and cost one bit test.
  const LexiconKey* key = find_token(doc, first, lexicon);
  if (key == nullptr) return best;
  if (key->entry >= 0) {
    best.entry = key->entry;
    best.token_end = first + 1;
  }
  if (!key->continues) return best;
  // Extend the hash token by token; the key text is built (into *scratch) only for a slot whose
  // fingerprint matches, so the common case, a first word that starts longer keys followed by a
  // word that continues none of them, costs a hash and a probe, and no string.
  uint64_t hash = lexicon_hash(doc.norm(doc.tokens[first]));
  const uint32_t stop =
      std::min<uint32_t>(limit, first + static_cast<uint32_t>(kMaxPhraseTokens));
  for (uint32_t t = first + 1; t < stop; ++t) {
    if (doc.tokens[t].has(kSpaceBefore)) hash = lexicon_hash_more(hash, " ");
    hash = lexicon_hash_more(hash, doc.norm(doc.tokens[t]));
    key = lexicon.find_key_if(hash, [&](std::string_view candidate) {
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
  return best;
}

}  // namespace claimsift
