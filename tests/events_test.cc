// Tests of events (src/claims/events.cc and the event part of claim_extractor.cc): trigger
// words, irrealis and negated verbs, participants, dates and places, certainty and polarity
// from the enclosing claim, named events kept and everything ordered by trigger position.
//
// Docs are built by hand: tokenised and split, then people, places and timexes pushed.
#include <algorithm>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "claimsift/claims.h"
#include "claimsift/lexicon.h"
#include "testing/test_util.h"

namespace claimsift {
namespace {

ByteSpan find_span(const Doc& doc, std::string_view needle) {
  size_t at = doc.text.find(needle);
  EXPECT_NE(at, std::string::npos) << needle;
  return ByteSpan{static_cast<uint32_t>(at), static_cast<uint32_t>(at + needle.size())};
}

void add_person(Doc* doc, const std::string& name, const std::vector<std::string>& forms) {
  Person p;
  p.name = name;
  for (const std::string& f : forms) {
    size_t at = 0;
    while ((at = doc->text.find(f, at)) != std::string::npos) {
      p.mentions.push_back(ByteSpan{static_cast<uint32_t>(at), static_cast<uint32_t>(at + f.size())});
      at += f.size();
    }
  }
  std::sort(p.mentions.begin(), p.mentions.end(),
            [](const ByteSpan& a, const ByteSpan& b) { return a.begin < b.begin; });
  doc->people.push_back(std::move(p));
}

void run(Doc* doc) { ClaimExtractor(LexiconSet::builtin()).run(doc); }

const Event* event_at(const Doc& doc, std::string_view trigger) {
  for (const Event& e : doc.events)
    if (doc.slice(e.trigger) == trigger) return &e;
  return nullptr;
}

// --- Trigger words -----------------------------------------------------------------------------

struct TriggerCase {
  const char* text;
  const char* trigger;
  const char* type;
};

class TriggerCases : public ::testing::TestWithParam<TriggerCase> {};

TEST_P(TriggerCases, FindsTheEventWithItsType) {
  const TriggerCase& c = GetParam();
  Doc doc = testing::tokenize_and_split(c.text);
  run(&doc);
  const Event* e = event_at(doc, c.trigger);
  ASSERT_NE(e, nullptr) << c.text;
  EXPECT_EQ(e->type, c.type);
  EXPECT_TRUE(e->name.empty());
  EXPECT_EQ(e->certainty, Certainty::kCertain);
  EXPECT_EQ(e->polarity, EventPolarity::kPositive);
}

INSTANTIATE_TEST_SUITE_P(
    Words, TriggerCases,
    ::testing::Values(TriggerCase{"They took a walk in a park.", "walk", "walk"},
                      TriggerCase{"They took a helicopter ride over London.", "helicopter ride",
                                  "ride"},
                      TriggerCase{"She threw a party for her birthday.", "birthday", "birthday"},
                      TriggerCase{"The premiere drew a crowd.", "premiere", "premiere"},
                      TriggerCase{"The rapper was arrested on Sunday.", "arrested", "arrest"},
                      TriggerCase{"The wedding took place in Kerry.", "wedding", "wedding"},
                      TriggerCase{"The couple announced their split.", "split", "split"}));

// --- Irrealis and negated verbs ------------------------------------------------------------------

struct FactualityCase {
  const char* text;
  const char* trigger;
  Certainty certainty;
  EventPolarity polarity;
};

class FactualityCases : public ::testing::TestWithParam<FactualityCase> {};

TEST_P(FactualityCases, SetsCertaintyAndPolarity) {
  const FactualityCase& c = GetParam();
  Doc doc = testing::tokenize_and_split(c.text);
  run(&doc);
  const Event* e = event_at(doc, c.trigger);
  ASSERT_NE(e, nullptr) << c.text;
  EXPECT_EQ(e->certainty, c.certainty) << c.text;
  EXPECT_EQ(e->polarity, c.polarity) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    Verbs, FactualityCases,
    ::testing::Values(
        FactualityCase{"Economic conditions could worsen next year.", "worsen",
                       Certainty::kPossible, EventPolarity::kPositive},
        FactualityCase{"The company plans to sell the unit.", "sell", Certainty::kPossible,
                       EventPolarity::kPositive},
        FactualityCase{"Investors voiced fears of a recession.", "recession",
                       Certainty::kPossible, EventPolarity::kPositive},
        FactualityCase{"The bill failed to pass the Senate.", "pass", Certainty::kCertain,
                       EventPolarity::kNegative},
        FactualityCase{"The company did not comment on the deal.", "comment",
                       Certainty::kCertain, EventPolarity::kNegative},
        // A negation that denies nothing leaves the verb alone.
        FactualityCase{"She can't wait to start the tour.", "tour", Certainty::kCertain,
                       EventPolarity::kPositive}));

// --- Participants, date, place ---------------------------------------------------------------

TEST(Events, TakeParticipantsDateAndPlaceFromTheSentence) {
  Doc doc = testing::tokenize_and_split(
      "On April 29, Tom Cruise and Ana de Armas took a walk in London.");
  add_person(&doc, "Tom Cruise", {"Tom Cruise"});
  add_person(&doc, "Ana de Armas", {"Ana de Armas"});
  Place london;
  london.name = "London";
  london.mentions.push_back(find_span(doc, "London"));
  doc.places.push_back(london);
  Timex date;
  date.span = find_span(doc, "April 29");
  date.value = "2025-04-29";
  doc.timexes.push_back(date);
  run(&doc);
  const Event* walk = event_at(doc, "walk");
  ASSERT_NE(walk, nullptr);
  std::vector<uint32_t> participants = walk->participants;
  std::sort(participants.begin(), participants.end());
  EXPECT_EQ(participants, (std::vector<uint32_t>{0, 1}));
  EXPECT_EQ(walk->date, 0);
  EXPECT_EQ(walk->place, 0);
  EXPECT_EQ(walk->sentence, 0);
}

TEST(Events, PairWordsBecomeParticipants) {
  Doc doc = testing::tokenize_and_split(
      "Tom Cruise and Ana de Armas flew to London. The pair took a walk.");
  add_person(&doc, "Tom Cruise", {"Tom Cruise"});
  add_person(&doc, "Ana de Armas", {"Ana de Armas"});
  run(&doc);
  const Event* walk = event_at(doc, "walk");
  ASSERT_NE(walk, nullptr);
  EXPECT_EQ(walk->participants.size(), 2u);
}

// --- Factuality from the enclosing claim -------------------------------------------------------

TEST(Events, InsideAHedgedClaimAreNotCertain) {
  Doc doc = testing::tokenize_and_split("The duo reportedly celebrated her birthday.");
  run(&doc);
  const Event* e = event_at(doc, "birthday");
  ASSERT_NE(e, nullptr);
  EXPECT_NE(e->certainty, Certainty::kCertain);
  ASSERT_EQ(doc.claims.size(), 1u);
  ASSERT_FALSE(doc.claims[0].events.empty());
}

TEST(Events, InsideADeniedClaimAreNegative) {
  Doc doc = testing::tokenize_and_split("A source said the couple did not split.");
  run(&doc);
  const Event* e = event_at(doc, "split");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->polarity, EventPolarity::kNegative);
}

// --- Named events and ordering ------------------------------------------------------------------

TEST(Events, NamedEventsAreKeptAndAllAreOrderedByTrigger) {
  Doc doc = testing::tokenize_and_split(
      "They took a walk before the BRIT Awards, where she reportedly celebrated her birthday.");
  Event named;
  named.type = "named";
  named.name = "BRIT Awards";
  named.trigger = find_span(doc, "BRIT Awards");
  named.sentence = 0;
  doc.events.push_back(named);
  run(&doc);
  ASSERT_GE(doc.events.size(), 3u);
  for (size_t i = 1; i < doc.events.size(); ++i)
    EXPECT_LE(doc.events[i - 1].trigger.begin, doc.events[i].trigger.begin);
  const Event* brit = event_at(doc, "BRIT Awards");
  ASSERT_NE(brit, nullptr);
  EXPECT_EQ(brit->name, "BRIT Awards");
  EXPECT_EQ(brit->certainty, Certainty::kCertain);  // named events keep their own values
  // Claim links point at events inside the claim.
  for (const Claim& c : doc.claims)
    for (uint32_t i : c.events) {
      ASSERT_LT(i, doc.events.size());
      EXPECT_GE(doc.events[i].trigger.begin, c.span.begin);
      EXPECT_LE(doc.events[i].trigger.end, c.span.end);
    }
}

}  // namespace
}  // namespace claimsift
