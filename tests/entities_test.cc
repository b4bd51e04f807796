// Tests of the entity recogniser (src/entities/): people with clustered mentions, epithets and
// ages; places, organisations, works and named events. Each hard case of issue 3 has a table.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "claimsift/doc.h"
#include "testing/test_util.h"

namespace claimsift {
namespace {

using ::claimsift::testing::annotate;

std::vector<std::string> texts(const Doc& d, const std::vector<ByteSpan>& spans) {
  std::vector<std::string> out;
  for (ByteSpan s : spans) out.emplace_back(d.slice(s));
  return out;
}

std::vector<std::string> people_names(const Doc& d) {
  std::vector<std::string> out;
  for (const Person& p : d.people) out.push_back(p.name);
  return out;
}

const Person* person(const Doc& d, const std::string& name) {
  for (const Person& p : d.people) {
    if (p.name == name) return &p;
  }
  return nullptr;
}

template <typename T>
std::vector<std::string> names_of(const std::vector<T>& list) {
  std::vector<std::string> out;
  for (const T& x : list) out.push_back(x.name);
  return out;
}

std::vector<std::string> work_titles(const Doc& d) {
  std::vector<std::string> out;
  for (const Work& w : d.works) out.push_back(w.title);
  return out;
}

std::vector<std::string> event_names(const Doc& d) {
  std::vector<std::string> out;
  for (const Event& e : d.events) {
    if (!e.name.empty()) out.push_back(e.name);
  }
  return out;
}

bool contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

TEST(EntitiesExample, ExactlyTwoPeopleWithTheirMentionsAndAges) {
  const std::string text =
      testing::read_file(std::string(CLAIMSIFT_SOURCE_DIR) + "/data/examples/cruise_de_armas.txt");
  const Doc d = annotate(text);
  ASSERT_EQ(people_names(d), (std::vector<std::string>{"Tom Cruise", "Ana de Armas"}));
  const std::vector<std::string> cruise = texts(d, d.people[0].mentions);
  EXPECT_TRUE(contains(cruise, "Cruise"));
  EXPECT_TRUE(contains(cruise, "Top Gun actor"));
  ASSERT_EQ(d.people[0].ages.size(), 1u);
  EXPECT_EQ(d.people[0].ages[0].value, 62);
  const std::vector<std::string> ana = texts(d, d.people[1].mentions);
  EXPECT_TRUE(contains(ana, "de Armas"));
  EXPECT_TRUE(contains(ana, "Ana"));
  EXPECT_TRUE(contains(ana, "Blonde actress"));
  ASSERT_EQ(d.people[1].ages.size(), 1u);
  EXPECT_EQ(d.people[1].ages[0].value, 37);
  EXPECT_TRUE(contains(texts(d, d.people[0].descriptors), "Mission: Impossible star"));
  EXPECT_TRUE(contains(work_titles(d), "Mission: Impossible – The Final Reckoning"));
  EXPECT_TRUE(contains(work_titles(d), "Ballerina"));
  EXPECT_TRUE(contains(names_of(d.places), "London"));
  EXPECT_TRUE(contains(names_of(d.organizations), "People"));
}

// People: the set of canonical names found in a text.
struct PeopleCase {
  const char* what;
  const char* text;
  std::vector<std::string> people;
};

class PeopleCases : public ::testing::TestWithParam<PeopleCase> {};

TEST_P(PeopleCases, FindsExactlyThesePeople) {
  const PeopleCase& c = GetParam();
  const Doc d = annotate(c.text);
  EXPECT_EQ(people_names(d), c.people) << c.what;
}

INSTANTIATE_TEST_SUITE_P(
    HardCases, PeopleCases,
    ::testing::Values(
        PeopleCase{"particles", "The actress Maren van der Holt arrived. Van der Holt smiled.",
                   {"Maren van der Holt"}},
        PeopleCase{"Spanish particles", "Inés Castillo de la Torre was seen in Madrid.",
                   {"Inés Castillo de la Torre"}},
        PeopleCase{"hyphenated", "Kwame Asante-Boateng, 30, arrived late.", {"Kwame Asante-Boateng"}},
        PeopleCase{"a word of a person's name that starts a company's name stays the person",
                   "Anselm von Hartmann founded Hartmann Pictures. Hartmann said so.",
                   {"Anselm von Hartmann"}},
        PeopleCase{"a company's first word alone is no person",
                   "Bluefield Entertainment denied it. Bluefield said so.", {}},
        PeopleCase{"a race, a district and a talent company are nobody",
                   "She was at Grand Prix weekends. He joined Mauritshuis Talent in the West End.",
                   {}},
        PeopleCase{"holiday names name nobody",
                   "It opened over the Martin Luther King Jr. Day weekend. They met on St. "
                   "Patrick's Day.",
                   {}},
        PeopleCase{"an honorific-like word before a suffix is part of the name",
                   "Martin Luther King Jr. spoke in Memphis.", {"Martin Luther King Jr."}},
        PeopleCase{"a capitalised role noun at the sentence start is outside the name",
                   "Showrunner Nathaniel Fisk confirmed it. Fisk said so.", {"Nathaniel Fisk"}},
        PeopleCase{"Jr. kept", "Marcus Pellham Jr. was arrested. Pellham Jr. denied it.",
                   {"Marcus Pellham Jr."}},
        PeopleCase{"III kept", "Producer Thornton Ashby III signed her. Ashby said so.",
                   {"Thornton Ashby III"}},
        PeopleCase{"initials", "The photographer, R.J. Kowalczyk, filed a report.",
                   {"R.J. Kowalczyk"}},
        PeopleCase{"Korean family name first", "Actress Park Min-ji left. Park said she was tired.",
                   {"Park Min-ji"}},
        PeopleCase{"quoted nickname", "Oskar \"Ozzy\" Lindqvist arrived. Ozzy waved.",
                   {"Oskar \"Ozzy\" Lindqvist"}},
        PeopleCase{"mononym after role noun", "The song features singer Zaviera on the chorus.",
                   {"Zaviera"}},
        PeopleCase{"mononym with age", "Zaviera, 24, posted a photo.", {"Zaviera"}},
        PeopleCase{"mononym with reporting verb", "Later that day, Zaviera said she was happy.",
                   {"Zaviera"}},
        PeopleCase{"honorific outside", "Dr. Imke Vossberg treated him. Mr. Dalloway paid.",
                   {"Imke Vossberg", "Dalloway"}},
        PeopleCase{"sentence-initial words are not names",
                   "However, Lorcan Devlin left. Meanwhile fans waited. Sources say nothing.",
                   {"Lorcan Devlin"}},
        PeopleCase{"months and weekdays are not names",
                   "On Monday, Tamsin Greaves flew out. In April she returns.", {"Tamsin Greaves"}},
        PeopleCase{"name that is a place", "Sydney Marchetti was in Austin on Friday.",
                   {"Sydney Marchetti"}},
        PeopleCase{"people sharing a surname stay apart",
                   "Rapper Idris Calloway Jr. thanked his father, Desmond Calloway. Calloway said "
                   "it was a gift.",
                   {"Idris Calloway Jr.", "Desmond Calloway"}},
        PeopleCase{"pronouns are not people", "She said it. He agreed. They left.", {}}));

// Mentions of one person: surname, first name, epithets, possessives outside.
struct MentionCase {
  const char* what;
  const char* text;
  const char* person;
  std::vector<std::string> mentions;
};

class MentionCases : public ::testing::TestWithParam<MentionCase> {};

TEST_P(MentionCases, ClustersTheseMentions) {
  const MentionCase& c = GetParam();
  const Doc d = annotate(c.text);
  const Person* p = person(d, c.person);
  ASSERT_NE(p, nullptr) << c.what;
  EXPECT_EQ(texts(d, p->mentions), c.mentions) << c.what;
}

INSTANTIATE_TEST_SUITE_P(
    HardCases, MentionCases,
    ::testing::Values(
        MentionCase{"surname and possessive", "Lorcan Devlin arrived. Devlin's car was late.",
                    "Lorcan Devlin", {"Lorcan Devlin", "Devlin"}},
        MentionCase{"particle surname and s-less possessive",
                    "Maren de Vries smiled. It was de Vries' night.", "Maren de Vries",
                    {"Maren de Vries", "de Vries"}},
        MentionCase{"first name", "Saskia Morrow waved. Saskia looked happy.", "Saskia Morrow",
                    {"Saskia Morrow", "Saskia"}},
        MentionCase{"epithet by gender", "Tom Hallam and Anna Pike met. The Blue Harbor actress "
                    "smiled.", "Anna Pike", {"Anna Pike", "Blue Harbor actress"}},
        MentionCase{"epithet by gender from pronouns", "Zaviera Okonkwo waved at fans. She wore "
                    "red. Kelechi Obi arrived later. The actress smiled.", "Zaviera Okonkwo",
                    {"Zaviera Okonkwo", "actress"}},
        MentionCase{"epithet by age", "Tom Hallam, 41, and Anna Pike, 29, met. The 41-year-old "
                    "left first.", "Tom Hallam", {"Tom Hallam", "41-year-old"}},
        MentionCase{"epithet by role", "Singer Zaviera met Tom Hallam. Later the singer left.",
                    "Zaviera", {"Zaviera", "singer"}},
        MentionCase{"a reporting clause after the sentence speaks of its subject",
                    "Zaviera Okonkwo is engaged to Tom Hallam, the singer revealed on Monday.",
                    "Zaviera Okonkwo", {"Zaviera Okonkwo", "singer"}},
        MentionCase{"stage name", "The rapper Dion Okafor, who performs as Lil Sable, left. Lil "
                    "Sable said goodbye.", "Dion Okafor", {"Dion Okafor", "Lil Sable", "Lil Sable"}},
        MentionCase{"bare surname goes to the person introduced first",
                    "Producer Ivo Brandt Jr. praised his father, Anton Brandt. Brandt is 40.",
                    "Ivo Brandt Jr.", {"Ivo Brandt Jr.", "Brandt"}}));

TEST(EntitiesAges, SurnameThatIsAlsoACityKeepsItsAge) {
  const Doc d = annotate("Miles Henderson moved. Henderson, 45, told Variety it was true.");
  ASSERT_EQ(people_names(d), (std::vector<std::string>{"Miles Henderson"}));
  EXPECT_EQ(texts(d, d.people[0].mentions), (std::vector<std::string>{"Miles Henderson", "Henderson"}));
  ASSERT_EQ(d.people[0].ages.size(), 1u);
  EXPECT_EQ(d.people[0].ages[0].value, 45);
}

TEST(EntitiesAges, FromAppositionTurningAndYearOld) {
  const Doc d = annotate("Lorcan Devlin, 33, met Anna Pike, who was turning 28. The 33-year-old "
                         "smiled.");
  const Person* a = person(d, "Lorcan Devlin");
  const Person* b = person(d, "Anna Pike");
  ASSERT_NE(a, nullptr);
  ASSERT_NE(b, nullptr);
  ASSERT_FALSE(a->ages.empty());
  EXPECT_EQ(a->ages[0].value, 33);
  ASSERT_EQ(b->ages.size(), 1u);
  EXPECT_EQ(b->ages[0].value, 28);
}

// An age still ahead ("before he turns 30", "will turn 40") is not the person's age.
TEST(EntitiesAges, AnAgeStillAheadIsNoAge) {
  const Doc d = annotate("Dante Mbatha, 28, wants to settle down before he turns 30. Kiara Voss "
                         "will turn 40 in May.");
  const Person* a = person(d, "Dante Mbatha");
  const Person* b = person(d, "Kiara Voss");
  ASSERT_NE(a, nullptr);
  ASSERT_NE(b, nullptr);
  ASSERT_EQ(a->ages.size(), 1u);
  EXPECT_EQ(a->ages[0].value, 28);
  EXPECT_TRUE(b->ages.empty());
}

// Organisations: outlets that are ordinary words, social networks, kinds.
struct OrgCase {
  const char* what;
  const char* text;
  std::vector<std::string> orgs;
};

class OrgCases : public ::testing::TestWithParam<OrgCase> {};

TEST_P(OrgCases, FindsExactlyTheseOrganizations) {
  const OrgCase& c = GetParam();
  const Doc d = annotate(c.text);
  EXPECT_EQ(names_of(d.organizations), c.orgs) << c.what;
}

INSTANTIATE_TEST_SUITE_P(
    HardCases, OrgCases,
    ::testing::Values(
        OrgCase{"People the outlet", "The couple split, per People.", {"People"}},
        OrgCase{"people the word", "Many people saw the couple.", {}},
        OrgCase{"Us the outlet", "A source told Us that it was over.", {"Us"}},
        OrgCase{"us the pronoun", "A source told us that it was over.", {}},
        OrgCase{"X the network", "She posted the clip on X last night.", {"X"}},
        OrgCase{"outlet with punctuation", "Her rep told E! News and HELLO! the same thing.",
                {"E! News", "HELLO!"}},
        OrgCase{"a listed outlet keeps its capitals", "A source told the Sun it was over.",
                {"the Sun"}},
        OrgCase{"the same words in lower case are no outlet",
                "The sun rose as she read the times and the independent.", {}},
        OrgCase{"a listed lower-case word may be capitalised", "She told People Magazine so.",
                {"People Magazine"}},
        OrgCase{"organisation head word", "She signed with Nightowl Records.", {"Nightowl Records"}},
        OrgCase{"band after a type noun", "He joined the K-pop group Nine Comets.", {"Nine Comets"}},
        OrgCase{"an honorific before a lone head word is part of the name",
                "The papers came from Duke University last year.", {"Duke University"}},
        OrgCase{"a place abbreviation is not a first name", "Whitmore told LA Weekly that it was over.",
                {"LA Weekly"}},
        OrgCase{"municipality and board are organisation heads",
                "The Municipality of Livorno wrote to the Treasury Board.",
                {"Municipality of Livorno", "Treasury Board"}},
        OrgCase{"a title after an organisation is cut off",
                "Jeff Rathke, the State Department Spokesperson, said it.", {"State Department"}},
        OrgCase{"a person's organisation after of, repeated later",
                "Elizabeth Quat of DAB was elected. DAB's Ben Chan lost.", {"DAB"}},
        OrgCase{"a band after of a person", "Musician Nick Rhodes of Duran Duran came.",
                {"Duran Duran"}},
        OrgCase{"newspaper name words after a city",
                "The report ran in the Toronto Star and the Edmonton Sun on Friday.",
                {"Toronto Star", "Edmonton Sun"}},
        OrgCase{"countries next to a score are teams, in every mention",
                "Belgium 3 – 0 Panama was the result in Sochi. Belgium faced Panama again.",
                {"Belgium", "Panama"}},
        OrgCase{"a score written as one token", "Tunisia lost 1-2 to England on Monday.",
                {"England"}},
        OrgCase{"an acronym defined in parentheses, then used alone",
                "The World Health Organisation (WHO) said so. WHO experts agree.",
                {"World Health Organisation", "WHO"}},
        OrgCase{"a time zone after a clock time is no organisation",
                "The album drops at 6 p.m. KST, and the show airs at 10 p.m. ET tonight.", {}},
        OrgCase{"a company's first word alone is the company, not a person or a place",
                "Bluefield Entertainment denied it. Bluefield said a source at Bluefield lied.",
                {"Bluefield Entertainment"}},
        OrgCase{"initialisms of common nouns are no organisations",
                "He faces a DUI charge after the TV interview and the Q&A.", {}}));

TEST(EntitiesOrgKinds, OutletSocialCompany) {
  const Doc d = annotate("TMZ said Netflix posted it on Instagram.");
  ASSERT_EQ(d.organizations.size(), 3u);
  EXPECT_EQ(d.organizations[0].kind, OrgKind::kOutlet);
  EXPECT_EQ(d.organizations[1].kind, OrgKind::kCompany);
  EXPECT_EQ(d.organizations[2].kind, OrgKind::kSocialMedia);
}

// A talent agency is a company (kind agency is for police, courts, government bodies).
TEST(EntitiesOrgKinds, TalentAgencyIsACompany) {
  const Doc d = annotate("She signed with CAA in May.");
  ASSERT_EQ(d.organizations.size(), 1u);
  EXPECT_EQ(d.organizations[0].kind, OrgKind::kCompany);
}

// Places: gazetteer, venues, modifiers.
struct PlaceCase {
  const char* what;
  const char* text;
  std::vector<std::string> places;
};

class PlaceCases : public ::testing::TestWithParam<PlaceCase> {};

TEST_P(PlaceCases, FindsExactlyThesePlaces) {
  const PlaceCase& c = GetParam();
  const Doc d = annotate(c.text);
  EXPECT_EQ(names_of(d.places), c.places) << c.what;
}

INSTANTIATE_TEST_SUITE_P(
    HardCases, PlaceCases,
    ::testing::Values(
        PlaceCase{"place as modifier", "They walked in a London park.", {"London"}},
        PlaceCase{"unknown place as modifier of a venue noun", "They left a Velmora cafe at noon.",
                  {"Velmora"}},
        PlaceCase{"venue head", "They dined at the Copper Room on Sunset Blvd. later.",
                  {"Copper Room", "Sunset Blvd."}},
        PlaceCase{"venue after a type noun", "She left the nightclub Orla at 3 a.m.", {"Orla"}},
        PlaceCase{"a venue whose middle word is also a first name stays whole",
                  "The tour ends at Qudos Bank Arena in May.", {"Qudos Bank Arena"}},
        PlaceCase{"harbours, farms and stages are venues",
                  "She shopped in Sag Harbor before her set on the Park Stage at Worthy Farm.",
                  {"Sag Harbor", "Park Stage", "Worthy Farm"}},
        PlaceCase{"nationality is not a place", "The Spanish actress smiled.", {}},
        PlaceCase{"a regional adjective is not a place", "They married at a Tuscan villa.", {}},
        PlaceCase{"a compass word before End is a district", "He acted in London's West End.",
                  {"London", "West End"}},
        PlaceCase{"a holiday name is no place", "Sales rose over the Columbus Day weekend.", {}},
        PlaceCase{"a common word before a role noun at the sentence start is no town",
                  "Pop singer Delphine Ashcroft split from her husband.", {}},
        PlaceCase{"place inside a hyphenated adjective", "The Dublin-born presenter smiled.",
                  {"Dublin"}},
        PlaceCase{"a title after a place is cut off",
                  "She trained with former Museum of Flight CEO Bonnie Dunbar.", {"Museum of Flight"}},
        PlaceCase{"a known place after a person's of stays a place",
                  "John Smith of London met Jane Doe of Paris.", {"London", "Paris"}},
        PlaceCase{"a country without a score stays a place", "Belgium faced Panama in Sochi.",
                  {"Belgium", "Panama", "Sochi"}},
        PlaceCase{"an acronym takes the type of its definition",
                  "It landed at the Kennedy Space Center (KSC) today. Many KSC workers came.",
                  {"Kennedy Space Center", "KSC"}}));

// Works: cued titles, titles with colons and dashes, ordinary words as titles.
struct WorkCase {
  const char* what;
  const char* text;
  std::vector<std::string> works;
};

class WorkCases : public ::testing::TestWithParam<WorkCase> {};

TEST_P(WorkCases, FindsExactlyTheseWorks) {
  const WorkCase& c = GetParam();
  const Doc d = annotate(c.text);
  EXPECT_EQ(work_titles(d), c.works) << c.what;
}

INSTANTIATE_TEST_SUITE_P(
    HardCases, WorkCases,
    ::testing::Values(
        WorkCase{"ordinary word cued", "She will star in Ballerina next year.", {"Ballerina"}},
        WorkCase{"colon and dash", "He will star in Mission: Impossible – The Final Reckoning.",
                 {"Mission: Impossible – The Final Reckoning"}},
        WorkCase{"cue after", "It is a spin-off of the John Wick franchise.", {"John Wick"}},
        WorkCase{"album with comma", "Her new album, Velvet Static, is out.", {"Velvet Static"}},
        WorkCase{"title in an epithet", "The Top Gun actor waved.", {"Top Gun"}},
        WorkCase{"a comma inside the closing quote is not part of the title",
                 "She broke out with the single \"Sunday Jollof,\" in 2016.", {"Sunday Jollof"}},
        WorkCase{"a common word before a role noun at the sentence start is no title",
                 "Tennis star Anjali Venkatesh is engaged.", {}},
        WorkCase{"a regional adjective before a role noun is no title",
                 "The Québécois actor learned Arabic for the part.", {}},
        WorkCase{"a one-word title before a role noun", "Titanic star Kate Winslet smiled.",
                 {"Titanic"}},
        WorkCase{"a title stops before a month",
                 "He shot the fantasy epic The Thornwood Chronicles in May.",
                 {"The Thornwood Chronicles"}},
        WorkCase{"a cue in capitals", "He released his debut EP, Night Bus to Kumasi, in 2020.",
                 {"Night Bus to Kumasi"}}));

TEST(EntitiesWorkKinds, FromTheCue) {
  const Doc d = annotate("Her single Afterlight and the series Night Shift are hits.");
  ASSERT_EQ(d.works.size(), 2u);
  EXPECT_EQ(d.works[0].kind, WorkKind::kSong);
  EXPECT_EQ(d.works[1].kind, WorkKind::kShow);
}

// Named events.
struct EventCase {
  const char* what;
  const char* text;
  std::vector<std::string> events;
};

class EventCases : public ::testing::TestWithParam<EventCase> {};

TEST_P(EventCases, FindsExactlyTheseNamedEvents) {
  const EventCase& c = GetParam();
  const Doc d = annotate(c.text);
  EXPECT_EQ(event_names(d), c.events) << c.what;
}

INSTANTIATE_TEST_SUITE_P(
    HardCases, EventCases,
    ::testing::Values(
        EventCase{"award show", "She performed at the BRIT Awards.", {"BRIT Awards"}},
        EventCase{"year before the name", "He won at the 2023 Emmys.", {"2023 Emmys"}},
        EventCase{"festival head", "They met at the Lakeshore Film Festival.",
                  {"Lakeshore Film Festival"}},
        EventCase{"tour head", "She canceled her Velvet Moon Tour dates.", {"Velvet Moon Tour"}}));

TEST(EntitiesEvents, NamedEventTypeComesFromItsHeadWord) {
  const Doc d = annotate(
      "She performed at the BRIT Awards, then at the Lakeshore Film Festival, the Velvet Moon "
      "Tour and Coachella.");
  std::vector<std::pair<std::string, std::string>> named;
  for (const Event& e : d.events) {
    if (!e.name.empty()) named.emplace_back(e.name, e.type);
  }
  const std::vector<std::pair<std::string, std::string>> expected = {
      {"BRIT Awards", "award_show"},
      {"Lakeshore Film Festival", "festival"},
      {"Velvet Moon Tour", "tour"},
      {"Coachella", "named"}};  // a listed name without a head word
  EXPECT_EQ(named, expected);
}

TEST(EntitiesEvents, NamedEventCarriesSentenceAndTrigger) {
  const Doc d = annotate("Hello there. She attended Coachella.");
  ASSERT_EQ(d.events.size() >= 1, true);
  const Event* e = nullptr;
  for (const Event& x : d.events) {
    if (x.name == "Coachella") e = &x;
  }
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->sentence, 1);
  EXPECT_EQ(d.slice(e->trigger), "Coachella");
}

}  // namespace
}  // namespace claimsift
