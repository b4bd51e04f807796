// Calendar dates without time zones: the publication date and the anchor of TIMEX3 resolution.
//
// Days are counted from 1970-01-01 with Howard Hinnant's public-domain civil-calendar algorithm
// (proleptic Gregorian), so date arithmetic is integer arithmetic. Not a time library: no
// clocks, no zones, no leap seconds.
//
// Tested by tests/civil_date_test.cc.
#ifndef CLAIMSIFT_CIVIL_DATE_H_
#define CLAIMSIFT_CIVIL_DATE_H_

#include <optional>
#include <string>
#include <string_view>

namespace claimsift {

struct CivilDate {
  int year = 1970;
  int month = 1;  // 1..12
  int day = 1;    // 1..31
  friend bool operator==(const CivilDate&, const CivilDate&) = default;
  friend auto operator<=>(const CivilDate&, const CivilDate&) = default;
};

// Days since 1970-01-01 (negative before).
long days_from_civil(CivilDate d);
CivilDate civil_from_days(long days);

// 1 = Monday ... 7 = Sunday (ISO 8601).
int iso_weekday(CivilDate d);

// ISO 8601 week-numbering year and week (1..53) of a date.
struct IsoWeek {
  int year = 0;
  int week = 0;
};
IsoWeek iso_week(CivilDate d);

int days_in_month(int year, int month);
bool is_valid_date(int year, int month, int day);

// Adds months, clamping the day to the target month's length (Jan 31 + 1 month = Feb 28/29).
CivilDate add_months(CivilDate d, int months);
CivilDate add_days(CivilDate d, long days);

// "YYYY-MM-DD" exactly; nullopt for anything else or an impossible date.
std::optional<CivilDate> parse_iso_date(std::string_view s);

// "YYYY-MM-DD".
std::string format_iso_date(CivilDate d);

}  // namespace claimsift

#endif  // CLAIMSIFT_CIVIL_DATE_H_
