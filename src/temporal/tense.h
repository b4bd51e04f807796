// The tense of the clause around a timex, for choosing which occurrence of a weekday, a month
// or a holiday is meant: the nearest tense cue in the sentence (auxiliaries, modals, irregular
// past forms from en/tables/time_tense_cues, regular -ed forms), looking left first.
//
// Tested by tests/temporal_test.cc (TenseTest).
#ifndef CLAIMSIFT_SRC_TEMPORAL_TENSE_H_
#define CLAIMSIFT_SRC_TEMPORAL_TENSE_H_

#include <cstdint>
#include <vector>

#include "claimsift/doc.h"
#include "temporal/partial.h"
#include "temporal/resolver.h"
#include "temporal/time_words.h"

namespace claimsift::temporal {

// The tense governing tokens [first, last); `skip` marks tokens of other timexes (their words,
// such as "last" or "next", are read as cues only outside the expression itself).
// Whether the value of a partial depends on the tense (a year-less date, a weekday, a holiday).
inline bool needs_tense(const Partial& p) {
  switch (p.base) {
    case Base::kCalendar: return p.year == 0;
    case Base::kHoliday: return p.year == 0;
    case Base::kWeekday:
    case Base::kWeekend: return true;
    default: return false;
  }
}

// `classes` are the document's token classes (TokenClasses::compute).
Tense clause_tense(const Doc& doc, const TimeWords& words, const TokenClasses& classes,
                   uint32_t first, uint32_t last);

}  // namespace claimsift::temporal

#endif  // CLAIMSIFT_SRC_TEMPORAL_TENSE_H_
