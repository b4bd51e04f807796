// The lists the claims stage reads, resolved once per ClaimExtractor; token helpers.
// Tested by tests/claims_test.cc (every list it names must exist and be non-empty).
#include <algorithm>
#include <iterator>

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
  masked_ = {hedges,    reports,       sources,     platforms,    denials,        denial_exceptions,
             non_answers, types,       pair_words,  person_words, event_triggers, event_irrealis};
  vocabulary_ = &set.vocabulary();
  for (size_t b = 0; b < masked_.size(); ++b) {
    if (!vocabulary_->covers(*masked_[b])) {
      vocabulary_ = nullptr;
      break;
    }
    const int id = masked_[b]->id();
    wanted_[id / 64] |= uint64_t{1} << (id % 64);
    bit_of_id_[id] = static_cast<uint16_t>(1u << b);
  }
}

uint16_t ClaimLexicons::first_word_lists(const Doc& doc, uint32_t t) const {
  uint16_t mask = 0;
  if (vocabulary_ != nullptr && doc.vocabulary == vocabulary_) {
    const Token& tok = doc.tokens[t];
    if (wanted_[1] == 0) {  // every list has an id < 64: the token's own bits suffice
      for (uint64_t hits = tok.lists & wanted_[0]; hits != 0; hits &= hits - 1) {
        mask |= bit_of_id_[__builtin_ctzll(hits)];
      }
      return mask;
    }
    if (tok.word < 0) return 0;
    const VocabularyWord& word = vocabulary_->word(static_cast<size_t>(tok.word));
    for (int half = 0; half < 2; ++half) {
      for (uint64_t hits = word.lists[half] & wanted_[half]; hits != 0; hits &= hits - 1) {
        mask |= bit_of_id_[half * 64 + __builtin_ctzll(hits)];
      }
    }
    return mask;
  }
  const std::string_view norm = doc.norm(doc.tokens[t]);
  for (size_t b = 0; b < masked_.size(); ++b) {
    if (masked_[b]->find_key(norm) != nullptr) mask |= static_cast<uint16_t>(1u << b);
  }
  return mask;
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
  int e = find_token_entry(doc, t, *lex.function_words);
  return e < 0 ? std::string_view() : lex.function_words->field(e, 0);
}

}  // namespace claimsift::claims
