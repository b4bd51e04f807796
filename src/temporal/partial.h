// Underspecified TIMEX3 values: what a recognition pattern knows from the words alone, before
// the resolver (resolver.h) closes it against the publication date, the tense or another timex.
// HeidelTime writes such values as strings ("UNDEF-REF-month-PLUS-1"); ours is a small struct.
//
// Tested by tests/temporal_resolver_test.cc.
#ifndef CLAIMSIFT_SRC_TEMPORAL_PARTIAL_H_
#define CLAIMSIFT_SRC_TEMPORAL_PARTIAL_H_

#include <cstdint>
#include <string>

#include "claimsift/doc.h"

namespace claimsift::temporal {

// How fine a resolved date is written.
enum class Gran : uint8_t { kCentury, kDecade, kYear, kQuarter, kSeason, kMonth, kWeek, kWeekend, kDay };

// Which occurrence of a year-less or weekday-only expression is meant.
enum class Dir : uint8_t {
  kByTense,  // decided by the clause's tense, else Options::prefer_dates
  kPast,     // on or before the publication date (past tense)
  kFuture,   // on or after it (future tense)
  kNearest,  // the nearest occurrence
  kLast,     // strictly before the current period ("last May", "last Sunday")
  kNext,     // strictly after it ("next spring")
  kThis,     // inside the current period ("this summer", "this Friday")
};

enum class Base : uint8_t {
  kLiteral,       // the value is complete: durations, sets, PAST_REF, 2019, 2025-04-29
  kCalendar,      // month-day, month, season or quarter; year 0 = chosen by direction
  kWeekday,       // a weekday name, by direction
  kWeekend,       // "the weekend", "last weekend": an ISO week + -WE, by direction
  kHoliday,       // a holiday rule (row of time_holidays); year 0 = chosen by direction
  kDctOffset,     // offset * unit from the publication date (last week, two days ago, tomorrow)
  kAnchorOffset,  // offset days from the last dated timex before it (a day after, that morning)
  kClock,         // a clock time whose date comes from a neighbouring timex or the anchor date
};

// Units of offsets.
enum class Unit : uint8_t { kDay, kWeek, kMonth, kQuarter, kYear };

struct Partial {
  Base base = Base::kLiteral;
  TimexType type = TimexType::kDate;
  std::string literal;  // kLiteral: the value
  Gran gran = Gran::kDay;
  Dir dir = Dir::kByTense;
  int year = 0;     // 0: unknown
  int month = 0;    // 1..12, 0: none
  int day = 0;      // 1..31, 0: none
  int season = 0;   // 1 spring .. 4 winter
  int quarter = 0;  // 1..4
  int weekday = 0;  // ISO 1..7
  int holiday = -1; // entry of en/tables/time_holidays
  int offset = 0;   // kDctOffset, kAnchorOffset: how many units
  Unit unit = Unit::kDay;
  bool weekend = false;  // kHoliday: the weekend of the holiday ("Memorial Day weekend")
  // Time of day (type kTime): a clock time or a part of day, appended to the resolved date.
  int hour = -1;
  int minute = -1;
  const char* part_of_day = nullptr;  // "MO", "AF", "EV", "NI"
  bool utc = false;                   // "16:08 UTC" -> ...T16:08Z
  // kAnchorOffset: the TimeML reading when the text dates nothing to count from
  // ("two years later" with no year before it -> DURATION P2Y on "two years").
  std::string fallback;
  uint32_t fallback_tokens = 0;  // tokens of the fallback extent, from the first
};

}  // namespace claimsift::temporal

#endif  // CLAIMSIFT_SRC_TEMPORAL_PARTIAL_H_
