// Tests of the entity passes' per-token fact table (TokenFacts, src/entities/token_facts.cc):
// every fact must equal the predicate it stands for, on documents with vocabulary ids (the fast
// path) and without them (find_token hashing each form), and the helpers that gate phrase
// matches must give match_longest's answers.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "claimsift/lexicon.h"
#include "claimsift/phrase_match.h"
#include "entities/entity_internal.h"
#include "testing/test_util.h"

namespace claimsift::entities {
namespace {

using ::claimsift::testing::tokenize_and_split;

constexpr const char* kText =
    "U.S. President Donald Trump met Ana de Armas and Mr. Tom Cruise, 62, at the Met Gala. "
    "Per People magazine, the LA Weekly critic said Us Weekly and E! News told TMZ. "
    "Sheriff's Department of Los Angeles County spokesperson Oskar \"Ozzy\" Lindqvist - "
    "a Scientologist - starred in the film Quiet Harbor with South Korean actress Lee Min. "
    "The Dublin-born singer, nicknamed Tee, joined the New York Times and Apple Records; "
    "van der Molen of Duran Duran plays Coachella with the Rolling Stones in Paris, France.";

// Each fact and the predicate it stands for.
struct FactDef {
  uint64_t fact;
  const char* name;
  bool (*holds)(const Doc&, const EntityLexicons&, uint32_t);
};

const FactDef kFacts[] = {
    {kFactNotName, "not_names", [](const Doc& d, const EntityLexicons& lx, uint32_t i) { return in(lx.not_names, d, i); }},
    {kFactHonorific, "honorifics", [](const Doc& d, const EntityLexicons& lx, uint32_t i) { return in(lx.honorifics, d, i); }},
    {kFactRoleNoun, "role_nouns", [](const Doc& d, const EntityLexicons& lx, uint32_t i) { return in(lx.role_nouns, d, i); }},
    {kFactOrgHead, "org_heads", [](const Doc& d, const EntityLexicons& lx, uint32_t i) { return in(lx.org_heads, d, i); }},
    {kFactPlaceHead, "place_heads", [](const Doc& d, const EntityLexicons& lx, uint32_t i) { return in(lx.place_heads, d, i); }},
    {kFactEventHead, "event_heads", [](const Doc& d, const EntityLexicons& lx, uint32_t i) { return in(lx.event_heads, d, i); }},
    {kFactFirstNameListed, "first_names", [](const Doc& d, const EntityLexicons& lx, uint32_t i) { return in(lx.first_names, d, i); }},
    {kFactFirstName, "first_name",
     [](const Doc& d, const EntityLexicons& lx, uint32_t i) {
       const Token& t = d.tokens[i];
       if (t.has(kAllUpper) && t.end - t.begin <= 3 && in(lx.regions, d, i)) return false;
       return in(lx.first_names, d, i);
     }},
    {kFactRegion, "regions", [](const Doc& d, const EntityLexicons& lx, uint32_t i) { return in(lx.regions, d, i); }},
    {kFactGazetteer, "gazetteer", [](const Doc& d, const EntityLexicons& lx, uint32_t i) { return in(lx.gazetteer, d, i); }},
    {kFactSuffix, "suffixes", [](const Doc& d, const EntityLexicons& lx, uint32_t i) { return in(lx.suffixes, d, i); }},
    {kFactDemonym, "demonyms", [](const Doc& d, const EntityLexicons& lx, uint32_t i) { return in(lx.demonyms, d, i); }},
    {kFactModifier, "modifier_words", [](const Doc& d, const EntityLexicons& lx, uint32_t i) { return in(lx.modifier_words, d, i); }},
    {kFactParticle, "particles", [](const Doc& d, const EntityLexicons& lx, uint32_t i) { return in(lx.particles, d, i); }},
    {kFactTypeNoun, "type_nouns", [](const Doc& d, const EntityLexicons& lx, uint32_t i) { return in(lx.type_nouns, d, i); }},
    {kFactPersonVerb, "person_verbs", [](const Doc& d, const EntityLexicons& lx, uint32_t i) { return in(lx.person_verbs, d, i); }},
    {kFactOutlet, "outlets", [](const Doc& d, const EntityLexicons& lx, uint32_t i) { return in(lx.outlets, d, i); }},
    {kFactWorkAfter, "work_after", [](const Doc& d, const EntityLexicons& lx, uint32_t i) { return in(lx.work_after, d, i); }},
    {kFactCommon, "common", [](const Doc& d, const EntityLexicons& lx, uint32_t i) { return lx.is_common_word(d, i); }},
};

std::vector<const Lexicon*> phrase_lists(const EntityLexicons& lx) {
  return {lx.outlets, lx.named_events, lx.particles, lx.regions,
          lx.gazetteer, lx.towns, lx.demonyms, lx.work_before};
}

// Every fact against its predicate, for every token; and every phrase list's starts/longest.
void expect_facts_match(const Doc& d, const EntityLexicons& lx) {
  TokenFacts facts;
  facts.reset(d, lx);
  int seen = 0;
  for (uint32_t i = 0; i < d.tokens.size(); ++i) {
    for (const FactDef& f : kFacts) {
      const bool want = f.holds(d, lx, i);
      seen += want ? 1 : 0;
      EXPECT_EQ(facts.has(i, f.fact), want) << f.name << " at token " << i << " '" << d.surface(d.tokens[i]) << "'";
    }
    const std::vector<const Lexicon*> lists = phrase_lists(lx);
    std::string a, b;
    for (size_t k = 0; k < lists.size(); ++k) {
      const PhraseList list = static_cast<PhraseList>(k);
      EXPECT_EQ(&facts.lexicon(list), lists[k]);
      EXPECT_EQ(facts.starts(i, list), find_token(d, i, *lists[k]) != nullptr) << "list " << k << " at " << i;
      for (uint32_t limit : {i, i + 1, i + 3, static_cast<uint32_t>(d.tokens.size())}) {
        if (limit > d.tokens.size()) continue;
        const PhraseMatch want = match_longest(d, i, limit, *lists[k], &a);
        const PhraseMatch got = facts.longest(i, limit, list, &b);
        EXPECT_EQ(got.entry, want.entry) << "list " << k << " at " << i << " limit " << limit;
        if (want) {
          EXPECT_EQ(got.token_end, want.token_end);
        }
      }
    }
  }
  EXPECT_GT(seen, 50);  // the text exercises the lists
}

TEST(EntityTokenFacts, EqualThePredicatesWithVocabularyIds) {
  const Doc d = tokenize_and_split(kText);
  ASSERT_NE(d.vocabulary, nullptr);
  const EntityLexicons lx(LexiconSet::builtin());
  expect_facts_match(d, lx);
}

TEST(EntityTokenFacts, EqualThePredicatesWithoutVocabularyIds) {
  Doc d = tokenize_and_split(kText);
  d.vocabulary = nullptr;  // every list is asked by hashing the form
  for (Token& t : d.tokens) {
    t.word = -1;
    t.lists = 0;
  }
  const EntityLexicons lx(LexiconSet::builtin());
  expect_facts_match(d, lx);
}

TEST(EntityTokenFacts, ReusedForAnotherDocumentForgetsTheFirst) {
  const EntityLexicons lx(LexiconSet::builtin());
  const Doc first = tokenize_and_split("Paris Hilton told People in London.");
  const Doc second = tokenize_and_split("said the actress Tom of Records.");
  TokenFacts facts;
  facts.reset(first, lx);
  for (uint32_t i = 0; i < first.tokens.size(); ++i) (void)facts.has(i, kFactCommon);
  facts.reset(second, lx);
  for (uint32_t i = 0; i < second.tokens.size(); ++i) {
    for (const FactDef& f : kFacts) {
      EXPECT_EQ(facts.has(i, f.fact), f.holds(second, lx, i)) << f.name << " at " << i;
    }
  }
  EXPECT_TRUE(facts.has(2, kFactRoleNoun));  // "actress" where the first document had "People"
}

TEST(EntityTokenFacts, KnowsTheCommonCases) {
  const Doc d = tokenize_and_split("Mr. Tom Cruise told People in Paris.");
  const EntityLexicons lx(LexiconSet::builtin());
  TokenFacts facts;
  facts.reset(d, lx);
  ASSERT_GE(d.tokens.size(), 7u);
  EXPECT_TRUE(facts.has(0, kFactHonorific));
  EXPECT_TRUE(facts.has(1, kFactFirstName));
  EXPECT_FALSE(facts.has(2, kFactFirstName | kFactHonorific));
  EXPECT_TRUE(facts.has(3, kFactPersonVerb));
  EXPECT_TRUE(facts.starts(4, PhraseList::kOutlets));
  EXPECT_TRUE(facts.has(6, kFactGazetteer));
  EXPECT_FALSE(facts.starts(2, PhraseList::kParticles));
}

}  // namespace
}  // namespace claimsift::entities
