// Denials and negations.
//
// Two kinds of cue come from data/en/lists/denial_cues.txt: denials ("denied", "shut down",
// "completely false", "hoax") reject a report by themselves; negations ("not", "never",
// "nothing", "no plans") deny only inside a claim that already has a source or a hedge (the
// driver decides). A negation is dropped when a phrase of denial_exceptions.txt starts at it
// ("can't wait", "haven't spoken since", "no longer"): the predicate holds the negative and
// the claim stays affirmed. Cues inside a non-answer ("did not respond") are dropped too.
//
// Tested by tests/claims_test.cc (DenialCases, NegationLookAlikeCases).
#include "claimsift/phrase_match.h"
#include "claims/claim_internal.h"

namespace claimsift::claims {

bool in_non_answer(const Doc& doc, const ClaimLexicons& lex, const Salience& sal, uint32_t first,
                   uint32_t last, uint32_t t, std::string* scratch) {
  uint32_t from = t >= first + 4 ? t - 4 : first;
  for (uint32_t s = from; s <= t; ++s) {
    if (!sal.starts(s, kNonAnswerList)) continue;
    PhraseMatch m = match_longest(doc, s, last, *lex.non_answers, scratch);
    if (m && m.token_end > t) return true;
  }
  return false;
}

void find_denial_cues(const Doc& doc, const ClaimLexicons& lex, const Salience& sal, uint32_t s,
                      std::string* scratch, std::vector<Cue>* out) {
  const uint32_t first = doc.sentences[s].token_begin, last = doc.sentences[s].token_end;
  const auto word_or_clitic = [&](uint32_t t) {  // "n't" is a clitic
    return doc.tokens[t].kind == TokenKind::kWord || doc.tokens[t].kind == TokenKind::kClitic;
  };
  scan_cue_phrases(doc, sal, kDenialList, *lex.denials, s, scratch, word_or_clitic,
                   [&](uint32_t t, const PhraseMatch& m) {
    Cue cue;
    cue.first = t;
    cue.last = m.token_end;
    cue.kind = lex.denial_kind[static_cast<size_t>(m.entry)] == "denial" ? CueKind::kDenial : CueKind::kNegation;
    bool drop = false;
    if (cue.kind == CueKind::kNegation && sal.starts(t, kDenialExceptionList) &&
        match_longest(doc, t, last, *lex.denial_exceptions, scratch))
      drop = true;
    if (!drop && in_non_answer(doc, lex, sal, first, last, t, scratch)) drop = true;
    if (!drop) out->push_back(cue);
  });
}

}  // namespace claimsift::claims
