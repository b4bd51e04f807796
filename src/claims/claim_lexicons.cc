// The lists the claims stage reads, resolved once per ClaimExtractor; token helpers.
// Tested by tests/claims_test.cc (every list it names must exist and be non-empty).
#include <algorithm>
#include <iterator>
#include <map>

#include "claims/claim_internal.h"

namespace claimsift::claims {

ClaimLexicons::ClaimLexicons(const LexiconSet& set)
    : hedges(&set.get("en/lists/hedge_cues")),
      hedge_lookalikes(&set.get("en/lists/hedge_lookalikes")),
      reports(&set.get("en/lists/attribution_verbs")),
      sources(&set.get("en/lists/attribution_sources")),
      platforms(&set.get("en/lists/attribution_platforms")),
      denials(&set.get("en/lists/denial_cues")),
      denial_exceptions(&set.get("en/lists/denial_exceptions")),
      non_answers(&set.get("en/lists/claim_non_answers")),
      types(&set.get("en/lists/claim_type_triggers")),
      pair_words(&set.get("en/lists/claim_pair_words")),
      person_words(&set.get("en/lists/claim_person_words")),
      function_words(&set.get("en/lists/claim_function_words")),
      event_triggers(&set.get("en/lists/event_triggers")),
      event_irrealis(&set.get("en/lists/event_irrealis")) {
  std::map<std::string, uint16_t, std::less<>> masks;
  const Lexicon* lists[] = {hedges, reports, sources, platforms, denials, denial_exceptions,
                            non_answers, types, pair_words, person_words, event_triggers,
                            event_irrealis};
  for (size_t b = 0; b < std::size(lists); ++b) {
    for (size_t i = 0; i < lists[b]->key_count(); ++i) {
      std::string_view k = lists[b]->key_at(i).key;
      if (k.find(' ') == std::string_view::npos) masks[std::string(k)] |= uint16_t(1u << b);
    }
  }
  std::vector<std::pair<std::string, std::string>> rows;
  for (const auto& [key, mask] : masks) rows.emplace_back(key, std::string());
  first_words = Lexicon::build("claims/first_words", rows);
  first_word_lists.assign(first_words->size(), 0);
  for (const auto& [key, mask] : masks) {
    int e = first_words->find(key);
    if (e >= 0) first_word_lists[e] = mask;
  }
}

bool is_quote(const Doc& doc, uint32_t t) {
  const Token& tok = doc.tokens[t];
  if (tok.kind != TokenKind::kPunct) return false;
  std::string_view n = doc.norm(tok);
  return n == "\"" || n == "``" || n == "''";
}

bool is_comma_like(const Doc& doc, uint32_t t) {
  const Token& tok = doc.tokens[t];
  if (tok.kind != TokenKind::kPunct) return false;
  std::string_view n = doc.norm(tok);
  return n == "," || n == ";" || n == ":" || n == "\xE2\x80\x94" || n == "\xE2\x80\x93" ||
         n == "--" || n == "(" || n == ")";
}

std::string_view word_class(const Doc& doc, const ClaimLexicons& lex, uint32_t t) {
  int e = lex.function_words->find(doc.norm(doc.tokens[t]));
  return e < 0 ? std::string_view() : lex.function_words->field(e, 0);
}

}  // namespace claimsift::claims
