// Calendar arithmetic (civil_date.h). Expected values computed with Python's datetime.date
// (toordinal differences, isoweekday, isocalendar).
#include "claimsift/civil_date.h"

#include <gtest/gtest.h>

namespace claimsift {
namespace {

struct DayCase {
  CivilDate date;
  long days;    // since 1970-01-01
  int weekday;  // ISO, Monday = 1
  int iso_year;
  int iso_week;
};

constexpr DayCase kDayCases[] = {
    {{1970, 1, 1}, 0, 4, 1970, 1},          {{2000, 3, 1}, 11017, 3, 2000, 9},
    {{1969, 12, 31}, -1, 3, 1970, 1},       {{2025, 5, 4}, 20212, 7, 2025, 18},
    {{1600, 2, 29}, -135081, 2, 1600, 9},   {{2400, 12, 31}, 157419, 7, 2400, 52},
    {{2020, 12, 31}, 18627, 4, 2020, 53},   {{2021, 1, 3}, 18630, 7, 2020, 53},
    {{2021, 1, 4}, 18631, 1, 2021, 1},      {{2024, 12, 30}, 20087, 1, 2025, 1},
};

class CivilDays : public ::testing::TestWithParam<DayCase> {};

TEST_P(CivilDays, DaysWeekdayAndIsoWeekMatchPython) {
  const DayCase& c = GetParam();
  EXPECT_EQ(days_from_civil(c.date), c.days);
  EXPECT_EQ(civil_from_days(c.days), c.date);
  EXPECT_EQ(iso_weekday(c.date), c.weekday);
  const IsoWeek w = iso_week(c.date);
  EXPECT_EQ(w.year, c.iso_year);
  EXPECT_EQ(w.week, c.iso_week);
}

INSTANTIATE_TEST_SUITE_P(Table, CivilDays, ::testing::ValuesIn(kDayCases));

TEST(CivilDate, DaysRoundTripOverFourCenturies) {
  CivilDate prev = civil_from_days(-200000);
  for (long z = -199999; z < 200000; ++z) {
    const CivilDate d = civil_from_days(z);
    ASSERT_EQ(days_from_civil(d), z);
    ASSERT_TRUE(is_valid_date(d.year, d.month, d.day));
    ASSERT_LT(prev, d);
    prev = d;
  }
}

TEST(CivilDate, DaysInMonthKnowsLeapYears) {
  EXPECT_EQ(days_in_month(2024, 2), 29);
  EXPECT_EQ(days_in_month(2023, 2), 28);
  EXPECT_EQ(days_in_month(1900, 2), 28);
  EXPECT_EQ(days_in_month(2000, 2), 29);
  EXPECT_EQ(days_in_month(2025, 4), 30);
  EXPECT_EQ(days_in_month(2025, 13), 0);
}

TEST(CivilDate, AddMonthsClampsTheDay) {
  EXPECT_EQ(add_months({2024, 1, 31}, 1), (CivilDate{2024, 2, 29}));
  EXPECT_EQ(add_months({2023, 1, 31}, 1), (CivilDate{2023, 2, 28}));
  EXPECT_EQ(add_months({2025, 3, 15}, -3), (CivilDate{2024, 12, 15}));
  EXPECT_EQ(add_months({2025, 1, 1}, -13), (CivilDate{2023, 12, 1}));
  EXPECT_EQ(add_months({2025, 11, 30}, 14), (CivilDate{2027, 1, 30}));
}

TEST(CivilDate, AddDaysCrossesYears) {
  EXPECT_EQ(add_days({2024, 12, 31}, 1), (CivilDate{2025, 1, 1}));
  EXPECT_EQ(add_days({2024, 3, 1}, -1), (CivilDate{2024, 2, 29}));
}

struct ParseCase {
  const char* text;
  bool valid;
};

constexpr ParseCase kParseCases[] = {
    {"2025-05-04", true},  {"2024-02-29", true},  {"0001-01-01", true},
    {"2023-02-29", false}, {"2025-04-31", false}, {"2025-13-01", false}, {"2025-00-10", false},
    {"2025-01-00", false}, {"2025-5-4", false},   {"2025/05/04", false}, {"20250504", false},
    {" 2025-05-04", false}, {"2025-05-04 ", false}, {"", false},       {"yyyy-mm-dd", false},
};

TEST(ParseIsoDate, AcceptsOnlyRealDatesWrittenYyyyMmDd) {
  for (const ParseCase& c : kParseCases) {
    EXPECT_EQ(parse_iso_date(c.text).has_value(), c.valid) << c.text;
    if (c.valid) {
      EXPECT_EQ(format_iso_date(*parse_iso_date(c.text)), c.text);
    }
  }
}

}  // namespace
}  // namespace claimsift
