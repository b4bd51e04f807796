// The resolver: the one place where underspecified values (partial.h) become TIMEX3 values,
// against the publication date, the clause's tense, Options::prefer_dates, or the anchor date
// (the last dated timex before an anchored expression). Without a publication date the unknown
// parts stay unknown (XXXX-06-06, XXXX-WXX-2).
//
// Tested by tests/temporal_resolver_test.cc.
#ifndef CLAIMSIFT_SRC_TEMPORAL_RESOLVER_H_
#define CLAIMSIFT_SRC_TEMPORAL_RESOLVER_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimsift/civil_date.h"
#include "claimsift/lexicon.h"
#include "claimsift/options.h"
#include "temporal/partial.h"

namespace claimsift::temporal {

enum class Tense : uint8_t { kUnknown, kPast, kFuture };

struct ResolveContext {
  std::optional<CivilDate> dct;     // the publication date
  std::optional<CivilDate> anchor;  // kAnchorOffset / kClock: the date to count from
  Tense tense = Tense::kUnknown;
};

class Resolver {
 public:
  // `holidays` is en/tables/time_holidays; its rules are parsed once here.
  Resolver(const Lexicon& holidays, DatePreference preference);

  std::string resolve(const Partial& p, const ResolveContext& ctx) const;

  // The date of a holiday entry in a year (its first rule), if the rule is valid.
  std::optional<CivilDate> holiday_date(int holiday, int year) const;

  // The day a resolved value names ("2025-04-29", "2025-04-29TNI"), if it names one.
  static std::optional<CivilDate> day_of(std::string_view value);
  // The calendar year and month a value names ("2019" -> 2019, month 0; "2019-07", "2019-07-04"
  // -> 2019, 7; "2019-SU" -> 2019, 0), if it starts with a year.
  static bool year_month_of(std::string_view value, int* year, int* month);

 private:
  struct Rule {
    enum Kind : uint8_t { kFixed, kNth, kEaster } kind = kFixed;
    int month = 0, day = 0, n = 0, weekday = 0, offset = 0;
  };
  static std::optional<CivilDate> apply(const Rule& r, int year);
  Dir effective(Dir d, Tense t) const;

  std::vector<std::vector<Rule>> rules_;  // by holiday entry
  DatePreference preference_;
};

// Western Easter Sunday of a year (Anonymous Gregorian algorithm).
CivilDate easter_sunday(int year);

}  // namespace claimsift::temporal

#endif  // CLAIMSIFT_SRC_TEMPORAL_RESOLVER_H_
