// The resolver (src/temporal/resolver.h): holiday rules, Easter, directions by tense and
// preference, seasons and weeks across year ends, unknown publication dates. Expected dates
// were checked against Python's datetime and published calendars (Easter: dateutil.easter).
#include "temporal/resolver.h"

#include <gtest/gtest.h>

#include <string>

#include "claimsift/lexicon.h"
#include "claimsift/normalize.h"

namespace claimsift::temporal {
namespace {

CivilDate D(int y, int m, int d) { return CivilDate{y, m, d}; }

const Lexicon& holidays() { return LexiconSet::builtin().get("en/tables/time_holidays"); }

int holiday(const char* name) { return holidays().find(normalize(name)); }

TEST(Easter, MatchesPublishedDates) {
  EXPECT_EQ(easter_sunday(2019), D(2019, 4, 21));
  EXPECT_EQ(easter_sunday(2024), D(2024, 3, 31));
  EXPECT_EQ(easter_sunday(2025), D(2025, 4, 20));
  EXPECT_EQ(easter_sunday(2038), D(2038, 4, 25));
}

struct HolidayCase {
  const char* name;
  int year;
  CivilDate date;
};

const HolidayCase kHolidays[] = {
    {"Memorial Day", 2022, {2022, 5, 30}},   {"Thanksgiving", 2023, {2023, 11, 23}},
    {"Labor Day", 2025, {2025, 9, 1}},       {"Mother's Day", 2024, {2024, 5, 12}},
    {"Good Friday", 2025, {2025, 4, 18}},    {"Black Friday", 2023, {2023, 11, 24}},
    {"Halloween", 2025, {2025, 10, 31}},     {"New Year's Eve", 2023, {2023, 12, 31}},
    {"Martin Luther King Jr. Day", 2024, {2024, 1, 15}},
};

class HolidayRule : public ::testing::TestWithParam<HolidayCase> {};

TEST_P(HolidayRule, GivesTheDateOfTheYear) {
  const HolidayCase& c = GetParam();
  Resolver r(holidays(), DatePreference::kNearest);
  const int h = holiday(c.name);
  ASSERT_GE(h, 0) << c.name;
  auto d = r.holiday_date(h, c.year);
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(*d, c.date) << c.name;
}

INSTANTIATE_TEST_SUITE_P(Table, HolidayRule, ::testing::ValuesIn(kHolidays));

TEST(HolidayTable, EveryEntryHasAValidRule) {
  Resolver r(holidays(), DatePreference::kNearest);
  for (size_t e = 0; e < holidays().size(); ++e)
    EXPECT_TRUE(r.holiday_date(static_cast<int>(e), 2025).has_value()) << holidays().surface(static_cast<int>(e));
}

Partial weekday(int wd) {
  Partial p;
  p.base = Base::kWeekday;
  p.weekday = wd;
  return p;
}

TEST(ResolveWeekday, PastTenseTakesTheLastOccurrenceIncludingToday) {
  Resolver r(holidays(), DatePreference::kNearest);
  ResolveContext ctx{D(2013, 3, 22), std::nullopt, Tense::kPast};  // a Friday
  EXPECT_EQ(r.resolve(weekday(5), ctx), "2013-03-22");
  EXPECT_EQ(r.resolve(weekday(6), ctx), "2013-03-16");
}

TEST(ResolveWeekday, FutureTenseTakesTheNextOccurrence) {
  Resolver r(holidays(), DatePreference::kNearest);
  ResolveContext ctx{D(2013, 3, 22), std::nullopt, Tense::kFuture};
  EXPECT_EQ(r.resolve(weekday(6), ctx), "2013-03-23");
  EXPECT_EQ(r.resolve(weekday(4), ctx), "2013-03-28");
}

TEST(ResolveWeekday, LastAndNextSkipTheCurrentDay) {
  Resolver r(holidays(), DatePreference::kNearest);
  ResolveContext ctx{D(2013, 3, 22), std::nullopt, Tense::kUnknown};
  Partial last = weekday(5);
  last.dir = Dir::kLast;
  Partial next = weekday(5);
  next.dir = Dir::kNext;
  EXPECT_EQ(r.resolve(last, ctx), "2013-03-15");
  EXPECT_EQ(r.resolve(next, ctx), "2013-03-29");
}

TEST(ResolveSeason, WinterBelongsToTheYearItStarts) {
  Resolver r(holidays(), DatePreference::kNearest);
  Partial p;
  p.base = Base::kCalendar;
  p.gran = Gran::kSeason;
  p.season = 4;
  p.dir = Dir::kThis;
  EXPECT_EQ(r.resolve(p, ResolveContext{D(2024, 1, 15), std::nullopt, Tense::kUnknown}), "2023-WI");
  EXPECT_EQ(r.resolve(p, ResolveContext{D(2024, 12, 15), std::nullopt, Tense::kUnknown}), "2024-WI");
}

TEST(ResolveMonth, NearestCrossesTheYearEnd) {
  Resolver r(holidays(), DatePreference::kNearest);
  Partial p;
  p.base = Base::kCalendar;
  p.gran = Gran::kMonth;
  p.month = 1;
  EXPECT_EQ(r.resolve(p, ResolveContext{D(2024, 11, 20), std::nullopt, Tense::kUnknown}), "2025-01");
  p.month = 12;
  EXPECT_EQ(r.resolve(p, ResolveContext{D(2025, 2, 1), std::nullopt, Tense::kUnknown}), "2024-12");
}

TEST(ResolveHolidayWeekend, TakesTheWeekendBeforeAMondayHoliday) {
  Resolver r(holidays(), DatePreference::kNearest);
  Partial p;
  p.base = Base::kHoliday;
  p.holiday = holiday("Memorial Day");
  p.weekend = true;
  // Memorial Day 2022 is Monday May 30; its weekend is May 28-29, ISO week 21.
  EXPECT_EQ(r.resolve(p, ResolveContext{D(2022, 6, 1), std::nullopt, Tense::kPast}), "2022-W21-WE");
}

TEST(ResolveHoliday, SeveralRulesPickTheOccurrenceTheTenseAsks) {
  Resolver r(holidays(), DatePreference::kNearest);
  Partial p;
  p.base = Base::kHoliday;
  p.holiday = holiday("Bank Holiday Monday");
  // 2024: Easter Monday Apr 1, early May 6, spring May 27, summer Aug 26.
  EXPECT_EQ(r.resolve(p, ResolveContext{D(2024, 5, 29), std::nullopt, Tense::kPast}), "2024-05-27");
  EXPECT_EQ(r.resolve(p, ResolveContext{D(2024, 5, 29), std::nullopt, Tense::kFuture}), "2024-08-26");
}

TEST(ResolveOffset, WeeksAcrossTheYearEnd) {
  Resolver r(holidays(), DatePreference::kNearest);
  Partial p;
  p.base = Base::kDctOffset;
  p.unit = Unit::kWeek;
  p.gran = Gran::kWeek;
  p.offset = -1;
  EXPECT_EQ(r.resolve(p, ResolveContext{D(2024, 1, 2), std::nullopt, Tense::kUnknown}), "2023-W52");
  p.offset = 1;
  EXPECT_EQ(r.resolve(p, ResolveContext{D(2020, 12, 30), std::nullopt, Tense::kUnknown}), "2021-W01");
}

TEST(ResolveWithoutDate, KeepsUnknownParts) {
  Resolver r(holidays(), DatePreference::kNearest);
  Partial p;
  p.base = Base::kCalendar;
  p.month = 6;
  p.day = 6;
  EXPECT_EQ(r.resolve(p, ResolveContext{}), "XXXX-06-06");
  EXPECT_EQ(r.resolve(weekday(2), ResolveContext{}), "XXXX-WXX-2");
}

TEST(DayOf, ReadsTheDateOfDayValuesOnly) {
  EXPECT_EQ(Resolver::day_of("2025-04-29"), D(2025, 4, 29));
  EXPECT_EQ(Resolver::day_of("2025-09-23TNI"), D(2025, 9, 23));
  EXPECT_FALSE(Resolver::day_of("2025-W39").has_value());
  EXPECT_FALSE(Resolver::day_of("PAST_REF").has_value());
}

}  // namespace
}  // namespace claimsift::temporal
