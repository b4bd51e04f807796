// The temporal driver (src/temporal/temporal_tagger.cc): the years it drops because a name
// covers them, and the buffers it reuses from one document to the next on a thread.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <thread>

#include "claimsift/lexicon.h"
#include "claimsift/options.h"
#include "claimsift/temporal.h"
#include "testing/test_util.h"

namespace claimsift {
namespace {

const TemporalTagger& tagger() {
  static const Options options;
  static const TemporalTagger t(LexiconSet::builtin(), options);
  return t;
}

ByteSpan span_of(const Doc& doc, std::string_view what) {
  const uint32_t b = static_cast<uint32_t>(doc.text.find(what));
  return ByteSpan{b, b + static_cast<uint32_t>(what.size())};
}

std::string dump(const Doc& doc) {
  std::string s;
  for (const Timex& t : doc.timexes) s += "[" + std::string(doc.slice(t.span)) + " " + t.value + "] ";
  return s;
}

constexpr std::string_view kText =
    "In 2019 the Russell 2000 index fell, and in 1998 the Smiths 1999 tour sold out to Ann 2001.";

TEST(TemporalYearsInNames, AYearInsideAMentionIsDropped) {
  Doc doc = testing::tokenize_and_split(kText, CivilDate{2025, 5, 4});
  doc.organizations.push_back(Organization{"Russell 2000", OrgKind::kOther, {span_of(doc, "Russell 2000")}});
  tagger().run(&doc);
  EXPECT_EQ(dump(doc), "[2019 2019] [1998 1998] [1999 1999] [2001 2001] ");
}

TEST(TemporalYearsInNames, EveryKindOfMentionCounts) {
  Doc doc = testing::tokenize_and_split(kText, CivilDate{2025, 5, 4});
  doc.organizations.push_back(Organization{"Smiths 1999", OrgKind::kBand, {span_of(doc, "Smiths 1999")}});
  doc.people.push_back(Person{"Ann 2001", {span_of(doc, "Ann 2001")}, {}, {}});
  doc.places.push_back(Place{"Russell 2000", {span_of(doc, "Russell 2000")}});
  tagger().run(&doc);
  EXPECT_EQ(dump(doc), "[2019 2019] [1998 1998] ");
}

TEST(TemporalYearsInNames, AMentionThatEndsBeforeTheYearDropsNothing) {
  Doc doc = testing::tokenize_and_split(kText, CivilDate{2025, 5, 4});
  // "Smiths" begins after "Russell" and before 1999, and does not reach it.
  doc.people.push_back(Person{"Smiths", {span_of(doc, "Smiths")}, {}, {}});
  doc.people.push_back(Person{"Russell", {span_of(doc, "Russell")}, {}, {}});
  tagger().run(&doc);
  EXPECT_EQ(dump(doc), "[2019 2019] [2000 2000] [1998 1998] [1999 1999] [2001 2001] ");
}

// The tagger keeps its buffers per thread: a document tagged after a larger one, with other
// spans blocked, gets what it gets on a thread that has tagged nothing before.
TEST(TemporalTaggerBuffers, ADocumentAfterAnotherIsTaggedAsAlone) {
  const std::string first =
      "Last May, the band played every Friday night at 8 p.m. GMT; two weeks ago they said they "
      "had been in Paris since 2019 for New Year's Eve, and a day later, in the '90s, mid-April.";
  const std::string second = "He left on Monday, two days later, and returned in June 2021.";
  Doc alone = testing::tokenize_and_split(second, CivilDate{2025, 5, 4});
  std::thread([&] { tagger().run(&alone); }).join();

  Doc big = testing::tokenize_and_split(first, CivilDate{2025, 5, 4});
  big.works.push_back(Work{"Last May", WorkKind::kSong, {span_of(big, "Last May")}});
  tagger().run(&big);
  Doc after = testing::tokenize_and_split(second, CivilDate{2025, 5, 4});
  tagger().run(&after);

  EXPECT_FALSE(alone.timexes.empty());
  EXPECT_EQ(dump(after), dump(alone));
  for (const Timex& t : big.timexes) EXPECT_NE(big.slice(t.span), "May") << dump(big);
}

}  // namespace
}  // namespace claimsift
