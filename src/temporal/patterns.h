// Recognition: token patterns that find temporal expressions and say what their words alone
// fix (an underspecified value, partial.h). Every pattern has a stable name and an example;
// tests/temporal_test.cc runs every example and expects its pattern to fire, and checks the
// resolved value of each example against a table.
//
// The patterns read the token classes of time_words.h (computed once per token) and a few
// closed-class function words (the, of, ago, after, every, ...), which are grammar, not lexicon.
// Extents follow shared/eval/celebrity/GUIDELINES.md section 3: determiners, modifiers and
// approximators are in, prepositions and emphasis (just) are out.
//
// Tested by tests/temporal_test.cc.
#ifndef CLAIMSIFT_SRC_TEMPORAL_PATTERNS_H_
#define CLAIMSIFT_SRC_TEMPORAL_PATTERNS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "claimsift/doc.h"
#include "temporal/partial.h"
#include "temporal/resolver.h"
#include "temporal/time_words.h"

namespace claimsift::temporal {

enum PatternId : int {
  kPatYear,
  kPatYearRange,
  kPatDecade,
  kPatCentury,
  kPatMonthDay,
  kPatMonthDayYear,
  kPatDayMonth,
  kPatDayMonthYear,
  kPatMonthYear,
  kPatMonth,
  kPatRelativeMonth,
  kPatNumericDate,
  kPatIsoDate,
  kPatWeekday,
  kPatRelativeWeekday,
  kPatWeekdayPartOfDay,
  kPatWeekdayDate,
  kPatRelativeUnit,
  kPatWeekend,
  kPatSeason,
  kPatSeasonYear,
  kPatRelativeSeason,
  kPatQuarter,
  kPatHoliday,
  kPatHolidayWeekend,
  kPatDeictic,
  kPatDeicticPartOfDay,
  kPatAnchoredPartOfDay,
  kPatAnchoredDay,
  kPatAnchoredOffset,
  kPatAgo,
  kPatVague,
  kPatClock,
  kPatClockWithDay,
  kPatDuration,
  kPatDurationCompound,
  kPatDurationVague,
  kPatSetEvery,
  kPatSetWord,
  kPatSetPluralWeekday,
  kPatternCount
};

struct PatternInfo {
  const char* name;     // stable; tests and --explain style output use it
  const char* example;  // a sentence in which the pattern fires
};
extern const PatternInfo kPatterns[kPatternCount];

struct Match {
  uint32_t first = 0;  // first token
  uint32_t last = 0;   // one past the last token
  ByteSpan span;       // usually the tokens' span; part of a token for "2009-2010"
  Partial partial;
  int pattern = -1;
  // The tense of the clause when the value depends on it (needs_tense), read while the scan
  // has the tokens at hand.
  Tense tense = Tense::kUnknown;
};

class Recognizer {
 public:
  explicit Recognizer(const TimeWords& words) : words_(words) {}
  // Finds the timexes of `doc`, longest match first at each token, left to right; tokens marked
  // in `blocked` (titles, names, ages) are never part of one. Appends to *out in text order.
  void scan(const Doc& doc, const std::vector<uint8_t>& blocked, std::vector<Match>* out) const;
  // The same with the token classes already computed (classes.compute(doc, words)); `blocked`
  // has a byte per token.
  void scan(const Doc& doc, const uint8_t* blocked, const TokenClasses& classes,
            std::vector<Match>* out) const;

 private:
  const TimeWords& words_;
};

}  // namespace claimsift::temporal

#endif  // CLAIMSIFT_SRC_TEMPORAL_PATTERNS_H_
