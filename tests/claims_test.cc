// Tests of the claims stage (src/claims/): hedge cues and their look-alikes, sources and their
// kinds, nested attribution, denials and negations that deny nothing, subjects from pronouns
// and pair words, claim types, clauses and quotations, and the example article.
//
// Docs are built by hand: tokenised and split, then people pushed with their mentions, so these
// tests do not depend on the entities stage (except ExampleArticle, which runs everything).
#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "claimsift/claims.h"
#include "claimsift/lexicon.h"
#include "testing/test_util.h"

namespace claimsift {
namespace {

// A person: canonical name first, then the other forms the text uses.
using PersonForms = std::vector<std::string>;

// Tokenises `text` and adds people whose mentions are every occurrence of their forms
// (longest forms first, no overlaps), then runs the claims stage.
Doc claims_of(std::string_view text, const std::vector<PersonForms>& people = {}) {
  Doc doc = testing::tokenize_and_split(text);
  std::vector<std::pair<uint32_t, uint32_t>> taken;
  for (const PersonForms& forms : people) {
    Person p;
    p.name = forms[0];
    std::vector<std::string> sorted = forms;
    std::sort(sorted.begin(), sorted.end(),
              [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
    for (const std::string& f : sorted) {
      size_t at = 0;
      while ((at = doc.text.find(f, at)) != std::string::npos) {
        uint32_t b = static_cast<uint32_t>(at), e = static_cast<uint32_t>(at + f.size());
        bool overlaps = std::any_of(taken.begin(), taken.end(), [&](auto& s) {
          return b < s.second && s.first < e;
        });
        if (!overlaps) {
          p.mentions.push_back(ByteSpan{b, e});
          taken.push_back({b, e});
        }
        at = e;
      }
    }
    std::sort(p.mentions.begin(), p.mentions.end(),
              [](const ByteSpan& a, const ByteSpan& b) { return a.begin < b.begin; });
    doc.people.push_back(std::move(p));
  }
  ClaimExtractor(LexiconSet::builtin()).run(&doc);
  return doc;
}

const PersonForms kCruise = {"Tom Cruise", "Cruise"};
const PersonForms kArmas = {"Ana de Armas", "de Armas", "De Armas"};

std::vector<std::string> cue_texts(const Doc& doc, const Claim& c) {
  std::vector<std::string> out;
  for (const ByteSpan& s : c.cues) out.emplace_back(doc.slice(s));
  return out;
}

std::vector<std::string> subject_names(const Doc& doc, const Claim& c) {
  std::vector<std::string> out;
  for (const EntityRef& r : c.subjects) out.push_back(doc.people[r.index].name);
  std::sort(out.begin(), out.end());
  return out;
}

bool any_hedged(const Doc& doc) {
  return std::any_of(doc.claims.begin(), doc.claims.end(), [](const Claim& c) { return c.hedged; });
}

// The claim whose span contains `needle`, or nullptr.
const Claim* claim_with(const Doc& doc, std::string_view needle) {
  for (const Claim& c : doc.claims)
    if (doc.slice(c.span).find(needle) != std::string_view::npos) return &c;
  return nullptr;
}

TEST(ClaimLexicons, EveryListTheStageReadsExists) {
  for (const char* name :
       {"en/lists/hedge_cues", "en/lists/hedge_lookalikes", "en/lists/attribution_verbs",
        "en/lists/attribution_sources", "en/lists/attribution_platforms", "en/lists/denial_cues",
        "en/lists/denial_exceptions", "en/lists/claim_non_answers",
        "en/lists/claim_type_triggers", "en/lists/claim_pair_words",
        "en/lists/claim_person_words", "en/lists/claim_function_words",
        "en/lists/event_triggers", "en/lists/event_irrealis"}) {
    EXPECT_TRUE(LexiconSet::builtin().has(name)) << name;
    EXPECT_GT(LexiconSet::builtin().get(name).size(), 0u) << name;
  }
}

// --- Hedge cues, one row per cue family ----------------------------------------------------

struct HedgeCase {
  const char* family;
  const char* text;
  const char* cue;
};

class HedgeCueCases : public ::testing::TestWithParam<HedgeCase> {};

TEST_P(HedgeCueCases, MarksTheClaimHedgedWithTheCue) {
  const HedgeCase& c = GetParam();
  Doc doc = claims_of(c.text, {kCruise, kArmas});
  ASSERT_EQ(doc.claims.size(), 1u) << c.text;
  EXPECT_TRUE(doc.claims[0].hedged) << c.text;
  EXPECT_NE(doc.claims[0].certainty, Certainty::kCertain);
  std::vector<std::string> cues = cue_texts(doc, doc.claims[0]);
  EXPECT_NE(std::find(cues.begin(), cues.end(), c.cue), cues.end()) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    Families, HedgeCueCases,
    ::testing::Values(
        HedgeCase{"modal", "Cruise may star in the sequel.", "may"},
        HedgeCase{"modal", "Cruise might have had a hand in the party.", "might"},
        HedgeCase{"modal", "The film could arrive as early as March.", "could"},
        HedgeCase{"adverb", "Cruise reportedly bought a mansion in Malibu.", "reportedly"},
        HedgeCase{"adverb", "Cruise allegedly shoved a photographer.", "allegedly"},
        HedgeCase{"adverb", "Cruise was apparently unfazed by the drama.", "apparently"},
        HedgeCase{"adjective", "They talked about a potential project.", "potential"},
        HedgeCase{"adjective", "The rumored couple left together.", "rumored"},
        HedgeCase{"evidential", "Cruise appeared to share a kiss with de Armas.", "appeared to"},
        HedgeCase{"evidential", "De Armas seems happy with the deal.", "seems"},
        HedgeCase{"hearsay", "Cruise is said to be behind the controls.", "said to"},
        HedgeCase{"hearsay", "The pair are thought to be eyeing a summer wedding.", "thought to"},
        HedgeCase{"hearsay", "It is understood the pair recorded four songs.", "It is understood"},
        HedgeCase{"rumour", "The outing fueled rumors that Cruise is dating de Armas.", "rumors"},
        HedgeCase{"rumour", "Cruise sparked speculation of a feud.", "speculation"},
        HedgeCase{"distancing", "Fans speculate that Cruise is engaged.", "speculate"},
        HedgeCase{"distancing", "Some fans suggested de Armas is pregnant.", "suggested"}));

// --- Look-alikes: the same words that are no hedge -----------------------------------------

class LookAlikeCases : public ::testing::TestWithParam<const char*> {};

TEST_P(LookAlikeCases, GivesNoHedgedClaim) {
  Doc doc = claims_of(GetParam(), {kCruise, kArmas});
  EXPECT_FALSE(any_hedged(doc)) << GetParam();
}

INSTANTIATE_TEST_SUITE_P(
    Words, LookAlikeCases,
    ::testing::Values("Cruise flew to London in May last year.",  // May the month
                      "Mission: Impossible opens May 23.",        // May before a number
                      "Cruise could not stop smiling at the premiere.",  // could of ability
                      "Cruise couldn't keep his eyes off the screen.",
                      "Be that as it may, Cruise walked on.",      // may in a fixed phrase
                      "It was the best possible way to end the tour.",
                      "While the speculation swirled, Cruise walked in the park.",  // no content
                      "Cruise took a walk in a London park recently.",  // a plain statement
                      "Cruise declined to comment on the report.",     // a non-answer
                      "A spokesperson for Cruise said he would \"not be commenting further.\""));

TEST(LookAlikes, SaidOfAPlainQuoteIsNoClaim) {
  Doc doc = claims_of("\"I'm so happy to be here,\" Cruise said.", {kCruise});
  EXPECT_TRUE(doc.claims.empty());
}

// --- Sources: one row per kind -------------------------------------------------------------

struct SourceCase {
  const char* text;
  SourceKind kind;
  const char* name;  // "" for no source
};

class SourceKindCases : public ::testing::TestWithParam<SourceCase> {};

TEST_P(SourceKindCases, FindsTheSourceAndItsKind) {
  const SourceCase& c = GetParam();
  Doc doc = claims_of(c.text, {kCruise, kArmas});
  ASSERT_FALSE(doc.claims.empty()) << c.text;
  const Claim& claim = doc.claims.back();
  EXPECT_EQ(static_cast<int>(claim.source.kind), static_cast<int>(c.kind)) << c.text;
  EXPECT_EQ(claim.source.name, c.name) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    Kinds, SourceKindCases,
    ::testing::Values(
        SourceCase{"A source told People that Cruise is dating de Armas.",
                   SourceKind::kAnonymousSource, "source"},
        SourceCase{"Cruise and de Armas are dating, an eyewitness told Page Six.",
                   SourceKind::kAnonymousSource, "eyewitness"},
        SourceCase{"Cruise is dating de Armas, per People.", SourceKind::kOutlet, "People"},
        SourceCase{"According to E! News, Cruise is dating de Armas.", SourceKind::kOutlet,
                   "E! News"},
        SourceCase{"Cruise and de Armas have split, TMZ has learned.", SourceKind::kOutlet, "TMZ"},
        SourceCase{"Insiders close to the pair insist the romance is purely professional.",
                   SourceKind::kInsider, "Insiders close to the pair"},
        SourceCase{"A friend of the couple told Us that Cruise proposed.", SourceKind::kInsider,
                   "friend of the couple"},
        SourceCase{"Ana de Armas starred in a film. Her rep said in a statement that she is "
                   "not dating Cruise.",
                   SourceKind::kNamedPerson, "rep for Ana de Armas"},
        SourceCase{"Tom Cruise confirmed that he is engaged.", SourceKind::kNamedPerson,
                   "Tom Cruise"},
        SourceCase{"Cruise wrote on Instagram that he is engaged.", SourceKind::kSocialMedia,
                   "Tom Cruise on Instagram"},
        SourceCase{"Fans on Twitter were quick to speculate that de Armas is pregnant.",
                   SourceKind::kSocialMedia, "Fans on Twitter"},
        SourceCase{"Cruise is reportedly dating de Armas.", SourceKind::kNone, ""}));

// A capitalised run that is a work's title names no source (the whole pipeline finds the work).
TEST(Attribution, AWorkTitleIsNoSource) {
  Doc doc = testing::annotate(
      "Ana de Armas starred in Ballerina. She hosted the latest episode of her podcast, Said "
      "What I Said, which was released on Monday morning, and she did not mention the split.");
  for (const Claim& c : doc.claims) {
    EXPECT_EQ(c.source.name.find("Said What"), std::string::npos) << c.source.name;
  }
  ASSERT_FALSE(doc.works.empty());
}

TEST(NestedAttribution, TheInnerSpeakerIsTheSource) {
  Doc doc = claims_of(
      "Ana de Armas stars in Ballerina. A friend told Us Weekly that the actress's publicist "
      "had called the report false.",
      {kArmas});
  ASSERT_EQ(doc.claims.size(), 1u);
  EXPECT_EQ(doc.claims[0].source.kind, SourceKind::kNamedPerson);
  EXPECT_EQ(doc.claims[0].source.name, "rep for Ana de Armas");
  EXPECT_EQ(doc.claims[0].polarity, Polarity::kDenied);
}

TEST(Attribution, IsNotCarriedAcrossSentences) {
  Doc doc = claims_of(
      "A source told People that Cruise is dating de Armas. A potential romantic affair "
      "between the two is also speculated.",
      {kCruise, kArmas});
  const Claim* c = claim_with(doc, "speculated");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source.kind, SourceKind::kNone);
}

// --- Denials ---------------------------------------------------------------------------------

struct PolarityCase {
  const char* text;
  Polarity polarity;
};

class DenialCases : public ::testing::TestWithParam<PolarityCase> {};

TEST_P(DenialCases, SetsPolarity) {
  const PolarityCase& c = GetParam();
  Doc doc = claims_of(c.text, {kCruise, kArmas});
  ASSERT_FALSE(doc.claims.empty()) << c.text;
  EXPECT_EQ(doc.claims[0].polarity, c.polarity) << c.text;
  if (c.polarity == Polarity::kDenied) {
    EXPECT_FALSE(doc.claims[0].hedged) << c.text;
  }
}

INSTANTIATE_TEST_SUITE_P(
    Markers, DenialCases,
    ::testing::Values(
        PolarityCase{"A source said Cruise and de Armas are not dating.", Polarity::kDenied},
        PolarityCase{"De Armas has denied the allegations.", Polarity::kDenied},
        PolarityCase{"A rep for Cruise shut down the rumors.", Polarity::kDenied},
        PolarityCase{"A rep called the report completely false.", Polarity::kDenied},
        PolarityCase{"A source says Cruise has no plans to retire.", Polarity::kDenied},
        PolarityCase{"Cruise's lawyer insists his client did nothing wrong.", Polarity::kDenied},
        PolarityCase{"The death report was a hoax.", Polarity::kDenied},
        // Negations that deny nothing.
        PolarityCase{"A source said Cruise can't wait to start filming.", Polarity::kAffirmed},
        PolarityCase{"A source says Cruise and de Armas haven't spoken since the feud.",
                     Polarity::kAffirmed},
        PolarityCase{"A source says Cruise and de Armas are no longer together.",
                     Polarity::kAffirmed},
        // Idioms whose "no" affirms.
        PolarityCase{"An insider claimed the timing of Cruise's post was no accident.",
                     Polarity::kAffirmed},
        PolarityCase{"A source says Cruise is no stranger to risky stunts.", Polarity::kAffirmed},
        PolarityCase{"A source says it is no secret that de Armas wants the role.",
                     Polarity::kAffirmed}));

TEST(Denial, NotCommentingIsANonAnswer) {
  for (const char* text : {"Cruise has not commented personally.",
                           "A rep for Cruise said he would \"not be commenting further.\""}) {
    Doc doc = claims_of(text, {kCruise});
    EXPECT_TRUE(doc.claims.empty()) << text;
  }
}

TEST(Attribution, ThePronounIIsNoSource) {
  Doc doc = claims_of(
      "\"He is demanding, there's no question,\" the executive said. \"But I never saw "
      "anything like what's described in that complaint about Cruise.\"",
      {kCruise});
  for (const Claim& c : doc.claims) EXPECT_EQ(c.source.name.find("I never"), std::string::npos);
}

TEST(Denial, NegationWithoutSourceOrHedgeIsNoClaim) {
  Doc doc = claims_of("The footage has not been made public.", {kCruise});
  EXPECT_TRUE(doc.claims.empty());
}

TEST(Denial, JustFriendsGivesFriendshipAndDeniedRomance) {
  Doc doc = claims_of(
      "A rep for Cruise shut down the speculation, telling People that the actors are "
      "\"good friends and nothing more.\"",
      {kCruise, kArmas});
  ASSERT_EQ(doc.claims.size(), 2u);
  std::vector<std::string> got;
  for (const Claim& c : doc.claims)
    got.push_back(c.type + (c.polarity == Polarity::kDenied ? "/denied" : "/affirmed"));
  std::sort(got.begin(), got.end());
  EXPECT_EQ(got, (std::vector<std::string>{"friendship/affirmed", "romance/denied"}));
}

// --- Subjects --------------------------------------------------------------------------------

struct SubjectCase {
  const char* text;
  std::vector<std::string> subjects;  // sorted canonical names
};

class SubjectCases : public ::testing::TestWithParam<SubjectCase> {};

TEST_P(SubjectCases, ResolvesMentionsPronounsAndPairWords) {
  const SubjectCase& c = GetParam();
  Doc doc = claims_of(c.text, {kCruise, kArmas});
  ASSERT_FALSE(doc.claims.empty()) << c.text;
  EXPECT_EQ(subject_names(doc, doc.claims.back()), c.subjects) << c.text;
}

const std::vector<std::string> kBoth = {"Ana de Armas", "Tom Cruise"};

INSTANTIATE_TEST_SUITE_P(
    Forms, SubjectCases,
    ::testing::Values(
        SubjectCase{"Cruise reportedly bought a jet.", {"Tom Cruise"}},
        SubjectCase{"Cruise and de Armas walked in London. The pair reportedly celebrated.",
                    kBoth},
        SubjectCase{"Cruise and de Armas walked in London. The duo reportedly celebrated.",
                    kBoth},
        SubjectCase{"Cruise and de Armas walked in London. The couple may be engaged.", kBoth},
        SubjectCase{"Cruise and de Armas walked in London. A source said the two are dating.",
                    kBoth},
        SubjectCase{"Cruise and de Armas walked in London. They are reportedly dating.", kBoth},
        SubjectCase{"De Armas walked in London. She is reportedly pregnant.", {"Ana de Armas"}},
        // A relationship claim with one person named takes the other salient person.
        SubjectCase{"De Armas met Cruise in London. She is reportedly dating him.", kBoth}));

// --- Types -----------------------------------------------------------------------------------

struct TypeCase {
  const char* text;
  const char* type;
};

class ClaimTypeCases : public ::testing::TestWithParam<TypeCase> {};

TEST_P(ClaimTypeCases, TypeFromTriggers) {
  const TypeCase& c = GetParam();
  Doc doc = claims_of(c.text, {kCruise, kArmas});
  ASSERT_FALSE(doc.claims.empty()) << c.text;
  EXPECT_EQ(doc.claims[0].type, c.type) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    Labels, ClaimTypeCases,
    ::testing::Values(TypeCase{"Cruise is reportedly dating de Armas.", "romance"},
                      TypeCase{"Cruise and de Armas have reportedly split.", "breakup"},
                      TypeCase{"De Armas is reportedly pregnant.", "pregnancy"},
                      TypeCase{"Cruise was allegedly arrested.", "legal"},
                      TypeCase{"The pair reportedly celebrated her birthday.", "celebration"},
                      TypeCase{"Cruise is reportedly in talks to star in a film.",
                               "collaboration"},
                      TypeCase{"Cruise reportedly bought a mansion.", "money"},
                      TypeCase{"A source says the two are just friends.", "friendship"},
                      TypeCase{"Cruise is reportedly behind the controls.", "other"}));

// --- Clauses and quotations ------------------------------------------------------------------

TEST(Clauses, ButGivesTwoClaimsThatShareTheSource) {
  Doc doc = claims_of(
      "A source informed the outlet that the two are not dating but have been talking about "
      "possible collaborations.",
      {kCruise, kArmas});
  ASSERT_EQ(doc.claims.size(), 2u);
  EXPECT_EQ(doc.claims[0].type, "romance");
  EXPECT_EQ(doc.claims[0].polarity, Polarity::kDenied);
  EXPECT_EQ(doc.claims[1].type, "collaboration");
  EXPECT_TRUE(doc.claims[1].hedged);
  EXPECT_EQ(doc.claims[1].source.kind, SourceKind::kAnonymousSource);
  EXPECT_EQ(doc.claims[0].span.begin, doc.claims[1].span.begin);
}

TEST(Clauses, SpanLeavesOutLeadingConnectiveAndFinalPeriod) {
  Doc doc = claims_of("But Cruise is reportedly dating de Armas.", {kCruise, kArmas});
  ASSERT_EQ(doc.claims.size(), 1u);
  EXPECT_EQ(doc.slice(doc.claims[0].span), "Cruise is reportedly dating de Armas");
}

TEST(Clauses, MultiSentenceQuotationIsOneClaimWithItsTag) {
  Doc doc = claims_of(
      "Cruise proposed in June. \"He planned the proposal for months. He asked her dad first,\" the "
      "friend said.",
      {kCruise, kArmas});
  const Claim* c = claim_with(doc, "the friend said");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(doc.slice(c->span).substr(0, 3), "\"He");
}

TEST(Clauses, AQuotationWithoutItsClosingQuoteReachesOnlyAFewSentences) {
  // The closing quote is missing: a claim just after the opening still starts at it (a
  // multi-sentence quotation), one many sentences later does not.
  std::string text = "Cruise proposed in June. \"He planned the proposal for months.";
  text += " He asked her dad first, the friend said.";
  for (int i = 0; i < 12; ++i) text += " The pair walked on.";
  text += " Fans were thrilled, a source said.";
  Doc doc = claims_of(text, {kCruise, kArmas});
  const Claim* near = claim_with(doc, "the friend said");
  ASSERT_NE(near, nullptr);
  EXPECT_EQ(doc.slice(near->span).substr(0, 3), "\"He");
  const Claim* far = claim_with(doc, "a source said");
  ASSERT_NE(far, nullptr);
  EXPECT_EQ(doc.slice(far->span).substr(0, 4), "Fans");
}

TEST(Clauses, RelativeClauseWithItsOwnSourceIsAClaimOfItsOwn) {
  Doc doc = claims_of(
      "It is understood the pair recorded four songs, including a duet that insiders say "
      "\"could be her biggest hit yet\" when it drops next year.",
      {kCruise, kArmas});
  const Claim* relative = nullptr;
  for (const Claim& c : doc.claims)
    if (doc.slice(c.span).substr(0, 6) == "a duet") relative = &c;
  ASSERT_NE(relative, nullptr);
  EXPECT_EQ(relative->source.kind, SourceKind::kInsider);
  EXPECT_TRUE(relative->hedged);
  const Claim* main = claim_with(doc, "It is understood");
  ASSERT_NE(main, nullptr);
  EXPECT_EQ(main->source.kind, SourceKind::kNone);  // the insiders speak only in the relative
}

TEST(Claims, CuesLieInsideTheSpan) {
  Doc doc = claims_of(
      "A source told People that Cruise may be dating de Armas, but her rep denied it. "
      "Insiders close to the pair insist the romance is purely professional.",
      {kCruise, kArmas});
  ASSERT_FALSE(doc.claims.empty());
  for (const Claim& c : doc.claims)
    for (const ByteSpan& q : c.cues) {
      EXPECT_GE(q.begin, c.span.begin);
      EXPECT_LE(q.end, c.span.end);
    }
}

// --- The example article (runs the whole pipeline) -------------------------------------------

TEST(ExampleArticle, ClaimsTheUserAskedFor) {
  std::ifstream in(std::string(CLAIMSIFT_SOURCE_DIR) + "/data/examples/cruise_de_armas.txt");
  std::stringstream ss;
  ss << in.rdbuf();
  Doc doc = testing::annotate(ss.str());

  const Claim* birthday = claim_with(doc, "reportedly celebrated the birthday");
  ASSERT_NE(birthday, nullptr);
  EXPECT_TRUE(birthday->hedged);
  EXPECT_EQ(birthday->type, "celebration");
  EXPECT_EQ(birthday->subjects.size(), 2u);

  const Claim* dating = nullptr;
  for (const Claim& c : doc.claims)
    if (doc.slice(c.span).find("the two are not dating") != std::string_view::npos &&
        c.type == "romance")
      dating = &c;
  ASSERT_NE(dating, nullptr);
  EXPECT_EQ(dating->polarity, Polarity::kDenied);
  EXPECT_EQ(dating->source.kind, SourceKind::kAnonymousSource);
  EXPECT_EQ(dating->subjects.size(), 2u);

  const Claim* insiders = claim_with(doc, "insiders close to the pair insist");
  ASSERT_NE(insiders, nullptr);
  EXPECT_EQ(insiders->type, "friendship");
  EXPECT_EQ(insiders->polarity, Polarity::kAffirmed);
  EXPECT_EQ(insiders->source.kind, SourceKind::kInsider);
  EXPECT_EQ(insiders->subjects.size(), 2u);
}

}  // namespace
}  // namespace claimsift
