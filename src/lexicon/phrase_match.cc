// Longest-match phrase look-up over tokens. See include/claimsift/phrase_match.h.
// Tested by tests/phrase_match_test.cc.
#include "claimsift/phrase_match.h"

#include "claimsift/limits.h"

namespace claimsift {

void append_token_key(const Doc& doc, uint32_t first, uint32_t last, std::string* out) {
  for (uint32_t t = first; t < last; ++t) {
    if (t > first && doc.tokens[t].has(kSpaceBefore)) out->push_back(' ');
    out->append(doc.norm(doc.tokens[t]));
  }
}

PhraseMatch match_longest(const Doc& doc, uint32_t first, uint32_t limit, const Lexicon& lexicon,
                          std::string* scratch) {
  PhraseMatch best;
  if (lexicon.size() == 0) return best;
  scratch->clear();
  const uint32_t stop =
      std::min<uint32_t>(limit, first + static_cast<uint32_t>(kMaxPhraseTokens));
  for (uint32_t t = first; t < stop; ++t) {
    if (t > first && doc.tokens[t].has(kSpaceBefore)) scratch->push_back(' ');
    scratch->append(doc.norm(doc.tokens[t]));
    const LexiconKey* key = lexicon.find_key(*scratch);
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
