// Claim type: the label of CLAIM_TYPES.md whose trigger (data/en/lists/claim_type_triggers.txt)
// has the highest priority in the claim; ties go to the first trigger; "other" without one.
// Priorities encode what the guidelines say about mixed claims: "just friends" and "purely
// professional" outrank "romance"; "unpaid commissions" (money) outranks "sued" (legal).
//
// Tested by tests/claims_test.cc (ClaimTypeCases).
#include <algorithm>

#include "claimsift/phrase_match.h"
#include "claims/claim_internal.h"

namespace claimsift::claims {

namespace {

bool may_start_type(const Doc& doc, const Salience& sal, uint64_t type, uint32_t t) {
  return (sal.token_lists(t) & type) != 0 && is_word(doc, t);
}

// Takes a trigger of entry e into the state.
void take(const ClaimLexicons& lex, size_t e, std::string_view exclude, TypeState* st) {
  const int priority = lex.type_priority[e];
  if (priority > st->priority && lex.type_name[e] != exclude) {
    st->priority = priority;
    st->best = lex.type_name[e];
  }
}

// The walk of claim_type over the marks from `mark` on, before token `last`.
void walk_types(const Doc& doc, const ClaimLexicons& lex, const Salience& sal,
                const uint32_t* mark, uint32_t last, std::string* scratch, uint32_t skip_first,
                uint32_t skip_last, std::string_view exclude, TypeState* st) {
  const uint64_t type = sal.mask(kTypeList);
  for (; mark != sal.marks_end() && *mark < last; ++mark) {
    const uint32_t t = *mark;
    if (t < st->resume || (t >= skip_first && t < skip_last) || !may_start_type(doc, sal, type, t))
      continue;
    PhraseMatch m = match_longest(doc, t, last, *lex.types, scratch);
    if (!m) continue;
    take(lex, static_cast<size_t>(m.entry), exclude, st);
    st->resume = m.token_end;
  }
}

}  // namespace

std::string_view claim_type(const Doc& doc, const ClaimLexicons& lex, const Salience& sal,
                            uint32_t first, uint32_t last, std::string* scratch,
                            uint32_t skip_first,
                            uint32_t skip_last, std::string_view exclude, int* priority_out) {
  TypeState st;
  st.resume = first;
  walk_types(doc, lex, sal, sal.marks_from(first), last, scratch, skip_first, skip_last, exclude,
             &st);
  if (priority_out) *priority_out = st.priority;
  return st.best;
}

std::string_view TypeWalk::type(const Doc& doc, const ClaimLexicons& lex, const Salience& sal,
                                uint32_t first, uint32_t last, std::string* scratch,
                                uint32_t skip_first, uint32_t skip_last) {
  // Triggers that start in the skip range do not count: the kept walk serves up to it.
  const uint32_t cutoff = end_before_skip(first, last, skip_first, skip_last);
  if (first != first_) {
    first_ = first;
    steps_.clear();
    next_mark_ = sal.marks_from(first);
    resume_ = first;
  }
  // Extend the kept walk (matched up to the document's end) to the cutoff.
  const uint64_t type = sal.mask(kTypeList);
  const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
  for (; next_mark_ != sal.marks_end() && *next_mark_ < cutoff; ++next_mark_) {
    const uint32_t t = *next_mark_;
    if (t < resume_ || !may_start_type(doc, sal, type, t)) continue;
    PhraseMatch m = match_longest(doc, t, n, *lex.types, scratch);
    if (!m) continue;
    TypeState st = steps_.empty() ? TypeState{} : steps_.back().state;
    take(lex, static_cast<size_t>(m.entry), {}, &st);
    st.resume = m.token_end;
    steps_.push_back({t, st});
    resume_ = m.token_end;
  }
  // The steps the walk over [first, last) takes too: those before the cutoff whose trigger
  // ends by `last` (a longer one up to the document's end is the longest up to `last`; a
  // mark without one up to the document's end has none up to `last`).
  const auto usable = std::partition_point(steps_.begin(), steps_.end(), [&](const Step& x) {
    return x.t < cutoff && x.state.resume <= last;
  });
  TypeState st;
  st.resume = first;
  if (usable != steps_.begin()) st = (usable - 1)->state;
  // The rest is walked as claim_type walks: from the first step not taken, or from the cutoff
  // (the marks before it that are no step start no trigger).
  const uint32_t from = usable != steps_.end() && usable->t < cutoff ? usable->t : cutoff;
  walk_types(doc, lex, sal, sal.marks_from(std::max(from, st.resume)), last, scratch, skip_first,
             skip_last, {}, &st);
  return st.best;
}

}  // namespace claimsift::claims
