// Claim type: the label of CLAIM_TYPES.md whose trigger (data/en/lists/claim_type_triggers.txt)
// has the highest priority in the claim; ties go to the first trigger; "other" without one.
// Priorities encode what the guidelines say about mixed claims: "just friends" and "purely
// professional" outrank "romance"; "unpaid commissions" (money) outranks "sued" (legal).
//
// Tested by tests/claims_test.cc (ClaimTypeCases).
#include "claimsift/phrase_match.h"
#include "claims/claim_internal.h"

namespace claimsift::claims {

std::string_view claim_type(const Doc& doc, const ClaimLexicons& lex, const Salience& sal,
                            uint32_t first, uint32_t last, std::string* scratch,
                            uint32_t skip_first,
                            uint32_t skip_last, std::string_view exclude, int* priority_out) {
  std::string_view best = "other";
  int best_priority = -1;
  const uint64_t type = sal.mask(kTypeList);
  uint32_t resume = first;  // after a trigger, the scan goes on where it ends
  for (const uint32_t* mark = sal.marks_from(first); mark != sal.marks_end() && *mark < last;
       ++mark) {
    const uint32_t t = *mark;
    if (t < resume || (t >= skip_first && t < skip_last) || (sal.token_lists(t) & type) == 0 ||
        !is_word(doc, t))
      continue;
    PhraseMatch m = match_longest(doc, t, last, *lex.types, scratch);
    if (!m) continue;
    const size_t e = static_cast<size_t>(m.entry);
    const int priority = lex.type_priority[e];
    if (priority > best_priority && lex.type_name[e] != exclude) {
      best_priority = priority;
      best = lex.type_name[e];
    }
    resume = m.token_end;
  }
  if (priority_out) *priority_out = best_priority;
  return best;
}

}  // namespace claimsift::claims
