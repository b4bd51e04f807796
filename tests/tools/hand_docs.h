// Documents filled by hand for the view writers' tests (html, summary, tsv): the text goes
// through the reader only (so offsets and the date header are real), and every layer is set
// here, independent of what the pipeline's stages find today.
#ifndef CLAIMSIFT_TESTS_TOOLS_HAND_DOCS_H_
#define CLAIMSIFT_TESTS_TOOLS_HAND_DOCS_H_

#include <cstdlib>
#include <string>
#include <string_view>

#include "claimsift/doc.h"
#include "testing/test_util.h"

namespace claimsift::testing {

// The byte span of the `nth` (0-based) occurrence of `needle` in doc.text; aborts if missing.
inline ByteSpan span_of(const Doc& doc, std::string_view needle, int nth = 0) {
  size_t at = doc.text.find(needle);
  for (int i = 0; i < nth && at != std::string::npos; ++i) at = doc.text.find(needle, at + 1);
  if (at == std::string::npos) std::abort();
  return ByteSpan{static_cast<uint32_t>(at), static_cast<uint32_t>(at + needle.size())};
}

// A Doc with `text` read (no stages run) and id `id`.
inline Doc hand_doc(std::string_view text, std::string id = "hand.txt") {
  Doc doc = read_only(text);
  doc.id = std::move(id);
  return doc;
}

// A small article with every layer filled: two people (ages, descriptors), a place, an outlet,
// a film, two dates, two events, and three claims (hedged, attributed, denied) whose spans
// contain entity mentions.
inline Doc sample_doc() {
  Doc doc = hand_doc(
      "date 2025-05-04 Star Tom Cruise, 62, and Ana de Armas walked in London on April 29. "
      "The pair reportedly celebrated her birthday, per People. "
      "Cruise denied dating de Armas. They star in Ballerina.",
      "sample.txt");
  Person tom;
  tom.name = "Tom Cruise";
  tom.mentions = {span_of(doc, "Tom Cruise"), span_of(doc, "Cruise", 1)};
  tom.ages = {Age{62, span_of(doc, "62")}};
  tom.descriptors = {span_of(doc, "Star")};
  Person ana;
  ana.name = "Ana de Armas";
  ana.mentions = {span_of(doc, "Ana de Armas"), span_of(doc, "de Armas", 1)};
  doc.people = {tom, ana};
  doc.places = {Place{"London", {span_of(doc, "London")}}};
  doc.organizations = {Organization{"People", OrgKind::kOutlet, {span_of(doc, "People")}}};
  doc.works = {Work{"Ballerina", WorkKind::kFilm, {span_of(doc, "Ballerina")}}};
  doc.timexes = {Timex{span_of(doc, "April 29"), TimexType::kDate, "2025-04-29"},
                 Timex{span_of(doc, "her birthday"), TimexType::kDate, "XXXX-04-30"}};
  Event walk;
  walk.type = "walk";
  walk.trigger = span_of(doc, "walked");
  walk.participants = {0, 1};
  walk.date = 0;
  walk.place = 0;
  Event birthday;
  birthday.type = "birthday";
  birthday.trigger = span_of(doc, "birthday");
  birthday.participants = {1};
  birthday.date = 1;
  birthday.certainty = Certainty::kProbable;
  doc.events = {walk, birthday};

  Claim celebrated;
  celebrated.span = span_of(doc, "The pair reportedly celebrated her birthday, per People");
  celebrated.type = "celebration";
  celebrated.subjects = {EntityRef{EntityKind::kPerson, 0}, EntityRef{EntityKind::kPerson, 1}};
  celebrated.hedged = true;
  celebrated.cues = {span_of(doc, "reportedly")};
  celebrated.source = ClaimSource{SourceKind::kOutlet, "People", span_of(doc, "People")};
  celebrated.certainty = Certainty::kProbable;
  celebrated.events = {1};
  celebrated.dates = {1};
  Claim denied;
  denied.span = span_of(doc, "Cruise denied dating de Armas");
  denied.type = "romance";
  denied.subjects = {EntityRef{EntityKind::kPerson, 0}, EntityRef{EntityKind::kPerson, 1}};
  denied.cues = {span_of(doc, "denied")};
  denied.source = ClaimSource{SourceKind::kNamedPerson, "Tom Cruise", span_of(doc, "Cruise", 1)};
  denied.polarity = Polarity::kDenied;
  Claim hedged;
  hedged.span = span_of(doc, "walked in London on April 29");
  hedged.type = "sighting";
  hedged.subjects = {EntityRef{EntityKind::kPerson, 1}};
  hedged.hedged = true;
  hedged.certainty = Certainty::kPossible;
  hedged.dates = {0};
  hedged.places = {0};
  doc.claims = {celebrated, denied, hedged};
  return doc;
}

}  // namespace claimsift::testing

#endif  // CLAIMSIFT_TESTS_TOOLS_HAND_DOCS_H_
