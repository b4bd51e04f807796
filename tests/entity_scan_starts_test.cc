// Tests of the entity passes' scan sets (ScanStarts, src/entities/scan_starts.h): each pass's
// set must hold exactly the tokens of its definition, next() must find them in order, and a
// document without vocabulary bits must give every token to every pass but kCapitals.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "claimsift/lexicon.h"
#include "claimsift/phrase_match.h"
#include "entities/entity_internal.h"
#include "entities/scan_starts.h"
#include "testing/test_util.h"

namespace claimsift::entities {
namespace {

using ::claimsift::testing::tokenize_and_split;

constexpr const char* kText =
    "The film Quiet Harbor stars Ana de Armas, 27, the 41-year-old singer, who told People "
    "she was turning 37 in 2025. Per the New York Times, the Met Gala and Coachella drew "
    "12,000 fans; the Dublin-born actress starred in Ballerina with van der Molen of TMZ.";

bool in_list(const Doc& d, uint32_t i, const Lexicon* list) {
  return find_token(d, i, *list) != nullptr;
}

// The definition of each set (scan_starts.h), token by token.
bool defined_in(const Doc& d, const EntityLexicons& lx, ScanStarts::Pass pass, uint32_t i) {
  const Token& t = d.tokens[i];
  switch (pass) {
    case ScanStarts::kWorks:
      return is_cap(d, i) || (i > 0 && is_cap(d, i - 1)) || in_list(d, i, lx.work_before);
    case ScanStarts::kNames:
      return is_cap(d, i) || in_list(d, i, lx.outlets) || in_list(d, i, lx.named_events) ||
             in_list(d, i, lx.particles);
    case ScanStarts::kHeads:
      return in_list(d, i, lx.role_nouns) || t.has(kHasDigit);
    case ScanStarts::kCapitals:
      return is_cap(d, i);
    case ScanStarts::kPassCount:
      break;
  }
  return false;
}

// Each set, as next() walks it, against its definition (each set of at least `min_size`).
void expect_sets(const Doc& d, const EntityLexicons& lx, bool every_token, size_t min_size) {
  ScanStarts starts;
  starts.build(d, lx);
  const uint32_t n = static_cast<uint32_t>(d.tokens.size());
  for (int p = 0; p < ScanStarts::kPassCount; ++p) {
    const auto pass = static_cast<ScanStarts::Pass>(p);
    std::vector<uint32_t> want, got;
    for (uint32_t i = 0; i < n; ++i) {
      const bool all = every_token && pass != ScanStarts::kCapitals;
      if (all || defined_in(d, lx, pass, i)) want.push_back(i);
    }
    for (uint32_t i = starts.next(pass, 0); i < n; i = starts.next(pass, i + 1)) got.push_back(i);
    EXPECT_EQ(got, want) << "pass " << p;
    EXPECT_GE(want.size(), min_size) << "pass " << p;
    EXPECT_GE(starts.next(pass, n), n);
    if (n > 0) {
      EXPECT_GE(starts.next(pass, n - 1), n - 1);
    }
  }
}

TEST(EntityScanStarts, HoldTheTokensOfTheirDefinition) {
  const Doc d = tokenize_and_split(kText);
  ASSERT_NE(d.vocabulary, nullptr);
  const EntityLexicons lx(LexiconSet::builtin());
  expect_sets(d, lx, false, 4);
}

// kHeads relies on numbers and year-olds having the digit flag.
TEST(EntityScanStarts, NumbersAndYearOldsHaveDigits) {
  const Doc d = tokenize_and_split(
      "The 41-year-old, 27, and a 9-year-old paid $1,000.50 at 8:30 on 4/29 (2025-05-04) for "
      "１２ tickets; the ５-year-old came 3rd.");
  int numbers = 0, year_olds = 0;
  for (uint32_t i = 0; i < d.tokens.size(); ++i) {
    const bool number = d.tokens[i].kind == TokenKind::kNumber;
    const bool year_old = year_old_value(d, i) > 0;
    numbers += number ? 1 : 0;
    year_olds += year_old ? 1 : 0;
    if (number || year_old) {
      EXPECT_TRUE(d.tokens[i].has(kHasDigit)) << d.surface(d.tokens[i]);
    }
  }
  EXPECT_GE(numbers, 5);
  EXPECT_EQ(year_olds, 2);
}

TEST(EntityScanStarts, WithoutVocabularyBitsHoldEveryToken) {
  Doc d = tokenize_and_split(kText);
  d.vocabulary = nullptr;
  for (Token& t : d.tokens) {
    t.word = -1;
    t.lists = 0;
  }
  const EntityLexicons lx(LexiconSet::builtin());
  expect_sets(d, lx, true, 4);
}

TEST(EntityScanStarts, CrossWordBoundariesAndReuse) {
  const EntityLexicons lx(LexiconSet::builtin());
  // Over 64 tokens, with a capitalised word as token 63 (its follower is in the next word).
  std::string text;
  for (int k = 0; k < 63; ++k) text += "and ";
  text += "Paris rose. ";
  for (int k = 0; k < 70; ++k) text += "so ";
  text += "Rome fell.";
  const Doc big = tokenize_and_split(text);
  ASSERT_GT(big.tokens.size(), 128u);
  expect_sets(big, lx, false, 0);
  ScanStarts starts;
  starts.build(big, lx);
  EXPECT_EQ(starts.next(ScanStarts::kWorks, 0), 63u);
  EXPECT_EQ(starts.next(ScanStarts::kWorks, 64), 64u);  // "rose", after "Paris"
  // The same object for a shorter document: nothing of the first is left.
  const Doc small = tokenize_and_split("Rome fell.");
  starts.build(small, lx);
  EXPECT_EQ(starts.next(ScanStarts::kCapitals, 0), 0u);
  EXPECT_GE(starts.next(ScanStarts::kCapitals, 1), static_cast<uint32_t>(small.tokens.size()));
}

}  // namespace
}  // namespace claimsift::entities
