// The temporal tagger (include/claimsift/temporal.h, src/temporal/): every pattern's example
// fires that pattern and resolves to the value in the table; tense, anchors, year boundaries,
// missing publication dates, --prefer-dates, and expressions that are not timexes.
// Expected ISO weeks were computed with Python's datetime.date.isocalendar().
#include "claimsift/temporal.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimsift/lexicon.h"
#include "claimsift/options.h"
#include "temporal/patterns.h"
#include "temporal/time_words.h"
#include "testing/test_util.h"

namespace claimsift {
namespace {

using testing::tokenize_and_split;

CivilDate D(int y, int m, int d) { return CivilDate{y, m, d}; }

const char* type_name(TimexType t) {
  switch (t) {
    case TimexType::kDate: return "DATE";
    case TimexType::kTime: return "TIME";
    case TimexType::kDuration: return "DURATION";
    case TimexType::kSet: return "SET";
  }
  return "?";
}

// Runs the tagger alone (after tokenizer and sentence splitter) so that entity mistakes do not
// hide what this stage does.
Doc tag(std::string_view text, std::optional<CivilDate> dct,
        DatePreference preference = DatePreference::kNearest) {
  Options options;
  options.prefer_dates = preference;
  TemporalTagger tagger(LexiconSet::builtin(), options);
  Doc doc = tokenize_and_split(text, dct);
  tagger.run(&doc);
  return doc;
}

// The timex whose text is `span`, or nullptr.
const Timex* find(const Doc& doc, std::string_view span) {
  for (const Timex& t : doc.timexes)
    if (doc.slice(t.span) == span) return &t;
  return nullptr;
}

std::string dump(const Doc& doc) {
  std::string s;
  for (const Timex& t : doc.timexes)
    s += "[" + std::string(doc.slice(t.span)) + " " + type_name(t.type) + " " + t.value + "] ";
  return s;
}

struct Case {
  const char* text;
  std::optional<CivilDate> dct;
  const char* span;
  const char* type;
  const char* value;
};

void expect_case(const Case& c, DatePreference preference = DatePreference::kNearest) {
  const Doc doc = tag(c.text, c.dct, preference);
  const Timex* t = find(doc, c.span);
  ASSERT_NE(t, nullptr) << c.text << " -> " << dump(doc);
  EXPECT_STREQ(type_name(t->type), c.type) << c.text;
  EXPECT_EQ(t->value, c.value) << c.text;
}

// ---- one row per pattern: its example, resolved ----

struct PatternCase {
  const char* pattern;
  std::optional<CivilDate> dct;
  const char* span;
  const char* type;
  const char* value;
};

const PatternCase kPatternCases[] = {
    {"year", D(2025, 5, 4), "2019", "DATE", "2019"},
    {"year_range", D(2013, 3, 22), "2009", "DATE", "2009"},
    {"decade", D(2025, 5, 4), "the 1990s", "DATE", "199"},
    {"century", D(2013, 3, 22), "the 20th century", "DATE", "19"},
    {"month_day", D(2025, 5, 4), "April 29", "DATE", "2025-04-29"},
    {"month_day_year", D(2005, 1, 20), "January 18, 2005", "DATE", "2005-01-18"},
    {"day_month", D(2025, 5, 4), "29 April", "DATE", "2025-04-29"},
    {"day_month_year", D(2025, 5, 4), "29 April 2025", "DATE", "2025-04-29"},
    {"month_year", D(2023, 11, 20), "November 2022", "DATE", "2022-11"},
    {"month", D(2025, 5, 4), "June", "DATE", "2024-06"},
    {"relative_month", D(2025, 5, 4), "last May", "DATE", "2024-05"},
    {"numeric_date", D(2007, 7, 10), "7/8/07", "DATE", "2007-07-08"},
    {"iso_date", D(2025, 5, 4), "2025-04-29", "DATE", "2025-04-29"},
    {"weekday", D(2019, 8, 14), "Sunday", "DATE", "2019-08-11"},
    {"relative_weekday", D(2025, 5, 4), "next Friday", "DATE", "2025-05-09"},
    {"weekday_part_of_day", D(2025, 9, 26), "Tuesday night", "TIME", "2025-09-23TNI"},
    {"weekday_date", D(2025, 5, 4), "Tuesday, May 28, 2024", "DATE", "2024-05-28"},
    {"relative_unit", D(2019, 8, 14), "last month", "DATE", "2019-07"},
    {"weekend", D(2019, 8, 14), "last weekend", "DATE", "2019-W32-WE"},
    {"season", D(2023, 11, 20), "the spring", "DATE", "2023-SP"},
    {"season_year", D(2024, 5, 29), "summer 2025", "DATE", "2025-SU"},
    {"relative_season", D(2019, 8, 14), "next spring", "DATE", "2020-SP"},
    {"quarter", D(2009, 5, 7), "the first quarter of 2009", "DATE", "2009-Q1"},
    {"holiday", D(2023, 11, 20), "New Year's Eve", "DATE", "2023-12-31"},
    {"holiday_weekend", D(2022, 6, 1), "Memorial Day weekend", "DATE", "2022-W21-WE"},
    {"deictic", D(2025, 9, 26), "tomorrow", "DATE", "2025-09-27"},
    {"deictic_part_of_day", D(2025, 5, 4), "last night", "TIME", "2025-05-03TNI"},
    {"anchored_part_of_day", D(2022, 6, 1), "later that morning", "TIME", "2022-05-29TMO"},
    {"anchored_day", D(2025, 5, 4), "the following day", "DATE", "2025-05-03"},
    {"anchored_offset", D(2025, 5, 4), "a day after", "DATE", "2025-05-03"},
    {"ago", D(2021, 3, 9), "two weeks ago", "DATE", "2021-W08"},
    {"vague", D(2025, 5, 4), "recently", "DATE", "PAST_REF"},
    {"clock", D(2025, 5, 4), "10:15 p.m. ET", "TIME", "2025-05-02T22:15"},
    {"clock_with_day", D(2013, 3, 22), "15:00 GMT Saturday", "TIME", "2013-03-23T15:00Z"},
    {"duration", D(2025, 9, 26), "three years", "DURATION", "P3Y"},
    {"duration_compound", D(2008, 3, 1), "27-year", "DURATION", "P27Y"},
    {"duration_vague", D(2023, 11, 20), "months", "DURATION", "PXM"},
    {"set_every", D(2025, 5, 4), "every Friday", "SET", "XXXX-WXX-5"},
    {"set_word", D(2024, 5, 29), "weekly", "SET", "P1W"},
    {"set_plural_weekday", D(2025, 5, 4), "Sundays", "SET", "XXXX-WXX-7"},
};

int pattern_index(std::string_view name) {
  for (int p = 0; p < temporal::kPatternCount; ++p)
    if (name == temporal::kPatterns[p].name) return p;
  return -1;
}

TEST(TemporalPatterns, NamesAreUniqueAndEachHasAnExampleRow) {
  for (int p = 0; p < temporal::kPatternCount; ++p) {
    EXPECT_EQ(pattern_index(temporal::kPatterns[p].name), p) << "duplicate name";
    bool has_row = false;
    for (const PatternCase& c : kPatternCases) has_row = has_row || pattern_index(c.pattern) == p;
    EXPECT_TRUE(has_row) << temporal::kPatterns[p].name << " has no row in kPatternCases";
  }
}

TEST(TemporalPatterns, EveryExampleFiresItsPattern) {
  const temporal::TimeWords words(LexiconSet::builtin());
  const temporal::Recognizer recognizer(words);
  for (int p = 0; p < temporal::kPatternCount; ++p) {
    const Doc doc = tokenize_and_split(temporal::kPatterns[p].example);
    std::vector<uint8_t> blocked(doc.tokens.size(), 0);
    std::vector<temporal::Match> matches;
    recognizer.scan(doc, blocked, &matches);
    bool fired = false;
    for (const temporal::Match& m : matches) fired = fired || m.pattern == p;
    EXPECT_TRUE(fired) << temporal::kPatterns[p].name << ": " << temporal::kPatterns[p].example;
  }
}

class PatternExample : public ::testing::TestWithParam<PatternCase> {};

TEST_P(PatternExample, ResolvesAsTheTableSays) {
  const PatternCase& c = GetParam();
  const int p = pattern_index(c.pattern);
  ASSERT_GE(p, 0) << c.pattern;
  expect_case(Case{temporal::kPatterns[p].example, c.dct, c.span, c.type, c.value});
}

INSTANTIATE_TEST_SUITE_P(Table, PatternExample, ::testing::ValuesIn(kPatternCases));

// ---- more cases by kind ----

class Resolves : public ::testing::TestWithParam<Case> {};
TEST_P(Resolves, ToTheExpectedValue) { expect_case(GetParam()); }

// Weekdays and month names go the way of the verb's tense.
const Case kTenseCases[] = {
    {"She will perform on Friday.", D(2025, 5, 4), "Friday", "DATE", "2025-05-09"},
    // "set for" schedules: the perfect before it does not make the date past.
    {"A court date has been set for Nov. 23.", D(2020, 10, 19), "Nov. 23", "DATE",
     "2020-11-23"},
    // "since" looks back.
    {"The two had not been seen together since May.", D(2019, 8, 22), "May", "DATE", "2019-05"},
    // ", and" opens another clause: its modal is not the weekend's tense.
    {"They were photographed over the weekend, and fans are sure a proposal could be coming.",
     D(2023, 3, 27), "the weekend", "DATE", "2023-W12-WE"},
    {"She performed on Friday.", D(2025, 5, 4), "Friday", "DATE", "2025-05-02"},
    {"The CDC's Dr. Jhung said Friday.", D(2013, 3, 22), "Friday", "DATE", "2013-03-22"},
    {"The book is due to be published in May.", D(2013, 3, 22), "May", "DATE", "2013-05"},
    {"The company was sold in October.", D(2013, 3, 22), "October", "DATE", "2012-10"},
    {"The album could arrive as early as March.", D(2025, 9, 26), "March", "DATE", "2026-03"},
    {"He was touring Asia in the spring.", D(2023, 11, 20), "the spring", "DATE", "2023-SP"},
    {"Her new film opens June 6.", D(2025, 5, 4), "June 6", "DATE", "2025-06-06"},
    {"She announced a tour that kicks off April 28 in Los Angeles.", D(2025, 2, 14), "April 28", "DATE",
     "2025-04-28"},
    {"The singer will host a party on Halloween.", D(2025, 9, 26), "Halloween", "DATE", "2025-10-31"},
    {"But on Bank Holiday Monday, she shared a photo.", D(2024, 5, 29), "Bank Holiday Monday", "DATE",
     "2024-05-27"},
    {"They will marry on Easter Sunday.", D(2024, 3, 1), "Easter Sunday", "DATE", "2024-03-31"},
    {"The family will gather for Thanksgiving.", D(2023, 11, 1), "Thanksgiving", "DATE", "2023-11-23"},
};
INSTANTIATE_TEST_SUITE_P(Tense, Resolves, ::testing::ValuesIn(kTenseCases));

// Relative to the publication date, including across a year end.
const Case kRelativeCases[] = {
    {"They split last week.", D(2023, 11, 20), "last week", "DATE", "2023-W46"},
    {"They split last week.", D(2024, 1, 2), "last week", "DATE", "2023-W52"},
    {"She left two weeks ago.", D(2021, 1, 5), "two weeks ago", "DATE", "2020-W52"},
    {"The tour starts next week.", D(2020, 12, 30), "next week", "DATE", "2021-W01"},
    {"The pair met last month.", D(2025, 1, 15), "last month", "DATE", "2024-12"},
    {"It sold out last year.", D(2025, 1, 2), "last year", "DATE", "2024"},
    {"She arrived yesterday.", D(2025, 1, 1), "yesterday", "DATE", "2024-12-31"},
    {"In December, she moved to Rome.", D(2025, 1, 10), "December", "DATE", "2024-12"},
    {"She moved four years ago.", D(2013, 3, 21), "four years ago", "DATE", "2009"},
    {"Pulse reported earlier this year that they bought a house.", D(2021, 3, 9), "earlier this year",
     "DATE", "2021"},
    {"Speaking earlier this month, she said nothing.", D(2024, 5, 29), "earlier this month", "DATE",
     "2024-05"},
    {"He hinted at it earlier this week.", D(2025, 9, 26), "earlier this week", "DATE", "2025-W39"},
    {"She is due this summer.", D(2021, 3, 9), "this summer", "DATE", "2021-SU"},
    {"He faked his death last summer.", D(2013, 3, 22), "last summer", "DATE", "2012-SU"},
    {"The show returns next spring.", D(2020, 2, 10), "next spring", "DATE", "2020-SP"},
    {"They met in the autumn of 2018.", D(2025, 5, 4), "the autumn of 2018", "DATE", "2018-FA"},
    {"He was unfazed by the weekend's drama.", D(2022, 6, 1), "the weekend", "DATE", "2022-W21-WE"},
    {"The record drops next year.", D(2025, 9, 26), "next year", "DATE", "2026"},
    {"She won at the 2023 BRIT Awards.", D(2024, 1, 5), "2023", "DATE", "2023"},
    {"Her last post, on Nov. 2, was a photo.", D(2023, 11, 20), "Nov. 2", "DATE", "2023-11-02"},
    {"The deal closed on 4/29/2025.", D(2025, 5, 4), "4/29/2025", "DATE", "2025-04-29"},
    {"They married in 2019.", D(2025, 5, 4), "2019", "DATE", "2019"},
    {"The album is out at the end of the month.", D(2025, 5, 4), "the end of the month", "DATE",
     "2025-05"},
    {"They split late last year.", D(2025, 5, 4), "late last year", "DATE", "2024"},
    {"The band toured in the early 2000s.", D(2025, 5, 4), "the early 2000s", "DATE", "200"},
    {"In the late '90s, she starred on TV.", D(2025, 5, 4), "the late '90s", "DATE", "199"},
    {"The index is at its lowest level since '82.", D(2008, 10, 27), "'82", "DATE", "1982"},
};
INSTANTIATE_TEST_SUITE_P(Relative, Resolves, ::testing::ValuesIn(kRelativeCases));

// Anchored to another expression in the text.
const Case kAnchoredCases[] = {
    {"The walk came a day after their dinner on April 29.", D(2025, 5, 4), "a day after", "DATE",
     "2025-04-30"},
    {"On April 29 they flew to Paris. Two days later they left.", D(2025, 5, 4), "Two days later",
     "DATE", "2025-05-01"},
    {"He was booked around 2:15 a.m. on Sunday and released later that morning.", D(2022, 6, 1),
     "later that morning", "TIME", "2022-05-29TMO"},
    {"They met on May 2. The following day they married.", D(2025, 5, 4), "The following day", "DATE",
     "2025-05-03"},
    {"They landed on May 2 and left the next morning.", D(2025, 5, 4), "the next morning", "TIME",
     "2025-05-03TMO"},
    {"The crash was on March 3 and he died that same day.", D(2025, 5, 4), "that same day", "DATE",
     "2025-03-03"},
    {"They married in 2015 and split two years later.", D(2025, 5, 4), "two years later", "DATE", "2017"},
    {"They met in 2019. The following year they married.", D(2025, 5, 4), "The following year", "DATE",
     "2020"},
    {"She signed in March 2018 and left later that year.", D(2025, 5, 4), "later that year", "DATE", "2018"},
    // Nothing dated to count from: the TimeML duration, without the signal word.
    {"Two years later, they met again.", D(2025, 5, 4), "Two years", "DURATION", "P2Y"},
    {"The season started a month earlier than usual.", D(2025, 5, 4), "a month", "DURATION", "P1M"},
};
INSTANTIATE_TEST_SUITE_P(Anchored, Resolves, ::testing::ValuesIn(kAnchoredCases));

// Vague references.
const Case kVagueCases[] = {
    {"They took a walk recently.", D(2025, 5, 4), "recently", "DATE", "PAST_REF"},
    {"For now, the couple seem happy.", D(2019, 8, 14), "now", "DATE", "PRESENT_REF"},
    {"They are friends these days.", D(2025, 9, 26), "these days", "DATE", "PRESENT_REF"},
    {"They may work together in the future.", D(2025, 5, 4), "the future", "DATE", "FUTURE_REF"},
};
INSTANTIATE_TEST_SUITE_P(Vague, Resolves, ::testing::ValuesIn(kVagueCases));

// Times: clock times take the date of the day next to them.
const Case kTimeCases[] = {
    {"He was booked around 2:15 a.m. on Sunday.", D(2022, 6, 1), "around 2:15 a.m.", "TIME",
     "2022-05-29T02:15"},
    {"She was seen leaving at 3 a.m. on Monday.", D(2019, 8, 14), "3 a.m.", "TIME", "2019-08-12T03:00"},
    {"She posted the photo on Monday night.", D(2019, 8, 14), "Monday night", "TIME", "2019-08-12TNI"},
    {"The show starts at 7 p.m. tonight.", D(2025, 5, 4), "7 p.m.", "TIME", "2025-05-04T19:00"},
    {"Markets closed at 16:08 UTC.", D(2008, 9, 17), "16:08 UTC", "TIME", "2008-09-17T16:08Z"},
    {"He was detained early Sunday. Witnesses say he shouted around 1:30 a.m. at a guard.",
     D(2023, 7, 19), "around 1:30 a.m.", "TIME", "2023-07-16T01:30"},
    {"They left the party this morning.", D(2025, 5, 4), "this morning", "TIME", "2025-05-04TMO"},
};
INSTANTIATE_TEST_SUITE_P(Times, Resolves, ::testing::ValuesIn(kTimeCases));

// Durations and sets.
const Case kDurationCases[] = {
    {"They have been living apart for nearly a year.", D(2019, 8, 14), "nearly a year", "DURATION", "P1Y"},
    {"She has worked there for three decades.", D(2025, 5, 4), "three decades", "DURATION", "P3DE"},
    {"They left the hotel just hours apart.", D(2023, 11, 20), "hours", "DURATION", "PTXH"},
    {"The news comes less than two months after the split.", D(2023, 11, 20), "less than two months",
     "DURATION", "P2M"},
    {"She spent the past two years in the U.S.", D(2019, 8, 14), "the past two years", "DURATION", "P2Y"},
    {"It was the second time in two days.", D(2025, 5, 4), "two days", "DURATION", "P2D"},
    {"She is around five months along.", D(2021, 3, 9), "around five months", "DURATION", "P5M"},
    {"They were together for a dozen years.", D(2021, 3, 9), "a dozen years", "DURATION", "P12Y"},
    {"The buyback could take between 12 and 18 months.", D(2013, 3, 22), "18 months", "DURATION", "P18M"},
    {"The stocks fell for six straight days.", D(2013, 3, 22), "six straight days", "DURATION", "P6D"},
    {"They have been spending nearly every night together.", D(2019, 8, 14), "nearly every night", "SET",
     "XXXX-XX-XXTNI"},
    {"She checks for smog every morning.", D(2013, 3, 21), "every morning", "SET", "XXXX-XX-XXTMO"},
    {"The council meets every two weeks.", D(2013, 3, 21), "every two weeks", "SET", "P2W"},
    {"They see each other every other week.", D(2013, 3, 21), "every other week", "SET", "P2W"},
    {"She visits her mother twice a week.", D(2013, 3, 21), "twice a week", "SET", "P1W"},
};
INSTANTIATE_TEST_SUITE_P(Durations, Resolves, ::testing::ValuesIn(kDurationCases));

// No publication date: unknown parts stay unknown.
const Case kNoDateCases[] = {
    {"The film opens June 6.", std::nullopt, "June 6", "DATE", "XXXX-06-06"},
    {"They met on Tuesday.", std::nullopt, "Tuesday", "DATE", "XXXX-WXX-2"},
    {"They split last week.", std::nullopt, "last week", "DATE", "XXXX-WXX"},
    {"They married in 2019.", std::nullopt, "2019", "DATE", "2019"},
    {"She arrived yesterday.", std::nullopt, "yesterday", "DATE", "XXXX-XX-XX"},
    {"The party is on Halloween.", std::nullopt, "Halloween", "DATE", "XXXX-10-31"},
};
INSTANTIATE_TEST_SUITE_P(NoDate, Resolves, ::testing::ValuesIn(kNoDateCases));

// Starts the scan's gates (patterns.cc, Scan::gates) let through by the token after them or by
// their form: a determiner, a number word, an ordinal, a digit shape, an apostrophe, "mid-".
const Case kGatedStartCases[] = {
    {"They met in the '90s.", D(2025, 5, 4), "the '90s", "DATE", "199"},
    {"It was a hit in the early 1990s.", D(2025, 5, 4), "the early 1990s", "DATE", "199"},
    {"Sales fell in the first quarter of 2009.", D(2025, 5, 4), "the first quarter of 2009", "DATE",
     "2009-Q1"},
    {"One of the explorers of the third century.", D(2025, 5, 4), "the third century", "DATE",
     "02"},
    {"He returned later that week.", D(2025, 5, 4), "later that week", "DATE", "XXXX-WXX"},
    {"He left that same day.", D(2025, 5, 4), "that same day", "DATE", "XXXX-XX-XX"},
    {"She came the following morning.", D(2025, 5, 4), "the following morning", "TIME",
     "XXXX-XX-XXTMO"},
    {"Shares hit a 20 year low.", D(2025, 5, 4), "a 20 year", "DURATION", "P20Y"},
    {"He waited a couple of weeks.", D(2025, 5, 4), "a couple of weeks", "DURATION", "P2W"},
    {"They talked for twenty-four hours.", D(2025, 5, 4), "twenty-four hours", "DURATION", "PT24H"},
    {"They have toured for months.", D(2025, 5, 4), "months", "DURATION", "PXM"},
    {"She runs 3 times a week.", D(2025, 5, 4), "3 times a week", "SET", "P1W"},
    {"The launch is set for 0800 GMT.", D(2025, 5, 4), "0800 GMT", "TIME", "2025-05-04T08:00Z"},
    {"The club reopened at 10:15pm.", D(2025, 5, 4), "10:15pm", "TIME", "2025-05-04T22:15"},
    {"They met on the 29th of April.", D(2025, 5, 4), "the 29th of April", "DATE", "2025-04-29"},
    {"He was born on 4/29/2025.", D(2025, 5, 4), "4/29/2025", "DATE", "2025-04-29"},
    {"He leaves in mid-2019.", D(2025, 5, 4), "mid-2019", "DATE", "2019"},
    {"They married on the Fourth of July.", D(2025, 5, 4), "the Fourth of July", "DATE",
     "2024-07-04"},
};
INSTANTIATE_TEST_SUITE_P(GatedStarts, Resolves, ::testing::ValuesIn(kGatedStartCases));

// ---- Options::prefer_dates decides when the tense does not ----

TEST(TemporalPreference, NearestPastAndFutureDifferWhenTenseIsSilent) {
  // 2025-05-06 is a Tuesday: the Sunday before is 2 days back, the one after 5 days ahead.
  const Case c{"The show is on Sunday.", D(2025, 5, 6), "Sunday", "DATE", ""};
  struct Want {
    DatePreference preference;
    const char* value;
  };
  const Want wants[] = {{DatePreference::kNearest, "2025-05-04"},
                        {DatePreference::kPast, "2025-05-04"},
                        {DatePreference::kFuture, "2025-05-11"}};
  for (const Want& w : wants) {
    const Doc doc = tag(c.text, c.dct, w.preference);
    const Timex* t = find(doc, "Sunday");
    ASSERT_NE(t, nullptr) << dump(doc);
    EXPECT_EQ(t->value, w.value);
  }
}

TEST(TemporalPreference, TenseWinsOverThePreference) {
  const Doc doc = tag("She performed on Friday.", D(2025, 5, 4), DatePreference::kFuture);
  const Timex* t = find(doc, "Friday");
  ASSERT_NE(t, nullptr) << dump(doc);
  EXPECT_EQ(t->value, "2025-05-02");
}

// ---- not timexes ----

class NotATimex : public ::testing::TestWithParam<const char*> {};

TEST_P(NotATimex, FindsNothing) {
  const Doc doc = tag(GetParam(), D(2025, 5, 4));
  EXPECT_TRUE(doc.timexes.empty()) << GetParam() << " -> " << dump(doc);
}

const char* const kNotTimexes[] = {
    "The relaxed outing followed Cruise, 62, and de Armas.",
    "She celebrated the actress, who was turning 37.",
    "The 41-year-old singer arrived.",
    "The actor, 37 years old, smiled.",
    "She starred in Season 4 of the show.",
    "Fans hope for a renewal next season.",
    "She hosts her BBC One series Sunday Supper.",
    "They won 3-2 on penalties.",
    "The tickets cost $2019 each.",
    "A second source claims the spark was instant.",
    "April Love sang at the gala.",
    "She may appear at the gala.",
    "Prices fall when demand drops.",
    "She skated at the Winter Olympics.",
    "Fall Out Boy played in Chicago.",
    "A source told Us Weekly about the split.",
    "Kelce will host Saturday Night Live.",
    "She told the Today show about the wedding.",
    "She starred in The Summer I Turned Pretty.",
    "The score was 21-14 at halftime.",
};
INSTANTIATE_TEST_SUITE_P(Table, NotATimex, ::testing::ValuesIn(kNotTimexes));

TEST(TemporalTagger, SkipsTokensInsideWorkTitles) {
  Options options;
  TemporalTagger tagger(LexiconSet::builtin(), options);
  Doc doc = tokenize_and_split("They watched Sunday in the Park on Friday.", D(2025, 5, 4));
  const std::string_view text = doc.text;
  const uint32_t b = static_cast<uint32_t>(text.find("Sunday in the Park"));
  doc.works.push_back(Work{"Sunday in the Park", WorkKind::kOther, {ByteSpan{b, b + 18}}});
  tagger.run(&doc);
  ASSERT_EQ(doc.timexes.size(), 1u) << dump(doc);
  EXPECT_EQ(doc.slice(doc.timexes[0].span), "Friday");
}

// ---- hostile combinations: no crash, spans inside the text, well-formed values ----

bool well_formed(std::string_view v) {
  if (v.empty()) return false;
  for (char c : v)
    if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || c == '-' || c == ':' || c == '_'))
      return false;
  return v[0] != '-';
}

TEST(TemporalHostile, OddCombinationsGiveWellFormedValues) {
  const char* const texts[] = {
      "early 2009-2010", "the late 1957-58 season", "2019 year earlier", "the the the 1990s",
      "'", "the '", "every", "last", "a day after a day after a day after", "12:99 p.m.",
      "0:00 a.m. 13 p.m. 25:00 UTC", "February 30, 2024", "the 0th century", "mid-", "mid-9999",
      "Sunday Sunday Sunday night night", "9999-99-99 1/1/1 13/40/2020", "two two two days ago ago",
      "the following the following day", "that that morning", "every other other week",
  };
  for (const char* text : texts) {
    for (std::optional<CivilDate> dct : {std::optional<CivilDate>(D(2025, 1, 1)), std::optional<CivilDate>()}) {
      const Doc doc = tag(text, dct);
      for (const Timex& t : doc.timexes) {
        EXPECT_LE(t.span.end, doc.text.size()) << text;
        EXPECT_LT(t.span.begin, t.span.end) << text;
        EXPECT_TRUE(well_formed(t.value)) << text << " -> " << t.value;
      }
    }
  }
}

TEST(TemporalHostile, AYearRangeAfterAPrefixGivesBothYears) {
  const Doc doc = tag("It peaked in early 2009-2010.", D(2013, 3, 22));
  ASSERT_EQ(doc.timexes.size(), 2u) << dump(doc);
  EXPECT_EQ(doc.timexes[0].value, "2009");
  EXPECT_EQ(doc.timexes[1].value, "2010");
  EXPECT_EQ(doc.slice(doc.timexes[1].span), "2010");
}

// ---- the example article (data/examples/cruise_de_armas.txt) ----

TEST(TemporalExampleArticle, DatesAreResolvedAndAgesAreNotDates) {
  const std::string text =
      testing::read_file(std::string(CLAIMSIFT_SOURCE_DIR) + "/data/examples/cruise_de_armas.txt");
  const Doc doc = testing::annotate(text);
  ASSERT_TRUE(doc.document_date.has_value());
  const struct {
    const char* span;
    const char* type;
    const char* value;
  } wants[] = {
      {"recently", "DATE", "PAST_REF"},   {"April 29", "DATE", "2025-04-29"},
      {"June 6", "DATE", "2025-06-06"},   {"May 23", "DATE", "2025-05-23"},
      {"a day after", "DATE", "2025-04-30"}, {"two days", "DURATION", "P2D"},
  };
  for (const auto& w : wants) {
    const Timex* t = find(doc, w.span);
    ASSERT_NE(t, nullptr) << w.span << " -> " << dump(doc);
    EXPECT_STREQ(type_name(t->type), w.type) << w.span;
    EXPECT_EQ(t->value, w.value) << w.span;
  }
  // The ages 62 ("Cruise, 62,") and 37 ("turning 37") are not dates.
  for (const Timex& t : doc.timexes) {
    const std::string_view s = doc.slice(t.span);
    EXPECT_EQ(s.find("62"), std::string_view::npos) << s;
    EXPECT_EQ(s.find("37"), std::string_view::npos) << s;
  }
}

}  // namespace
}  // namespace claimsift
