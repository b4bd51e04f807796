// Tests of the claims stage's per-document indexes and kept walks (src/claims/claim_internal.h):
// Salience's marked tokens, sentence list bits, quotes, subject tokens and their block index;
// is_quote and is_comma_like; TypeWalk and SubjectWalk against claim_type and find_subjects,
// which they must answer exactly for every range they are asked about.
#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "claims/claim_internal.h"
#include "claimsift/lexicon.h"
#include "testing/test_util.h"

namespace claimsift::claims {
namespace {

const ClaimLexicons& lexicons() {
  static const ClaimLexicons lex(LexiconSet::builtin());
  return lex;
}

// A tokenised document with people whose mentions are every occurrence of their names.
Doc doc_with_people(std::string_view text, const std::vector<std::string>& names) {
  Doc doc = testing::tokenize_and_split(text);
  for (const std::string& name : names) {
    Person p;
    p.name = name;
    for (size_t at = doc.text.find(name); at != std::string::npos;
         at = doc.text.find(name, at + name.size()))
      p.mentions.push_back(ByteSpan{static_cast<uint32_t>(at), static_cast<uint32_t>(at + name.size())});
    doc.people.push_back(std::move(p));
  }
  return doc;
}

const char kQuotation[] =
    "Mara Quill spoke to reporters on Friday. \"The couple are dating again, and she is "
    "happy. They split last year after a feud, but the singer says they remain close. "
    "Both have new projects. Jon Vale is engaged, a source told us. The pair could marry "
    "soon, and he denied the breakup rumors. She will not comment on the lawsuit. They "
    "are just friends, the rep said. Quill reportedly plans to sue. They adore each other.\" She "
    "left.";

TEST(ClaimsTokenHelpers, QuotesAndCommaLikeTokensAsTheirDefinitions) {
  Doc doc = testing::tokenize_and_split(
      "He said \"yes\" -- then `` no '' ; fine: (maybe) \xE2\x80\x94 ok, \xE2\x80\x93 done. "
      "\xE2\x80\x9CQuoted,\xE2\x80\x9D she said; 'single' - a -- b --- c ... ! ? \" , : ; "
      "\"\" `` '' ' `");
  // The definitions, by comparing whole normalised forms.
  auto quote = [&](uint32_t t) {
    const std::string_view n = doc.norm(doc.tokens[t]);
    return doc.tokens[t].kind == TokenKind::kPunct && (n == "\"" || n == "``" || n == "''");
  };
  auto comma_like = [&](uint32_t t) {
    const std::string_view n = doc.norm(doc.tokens[t]);
    return doc.tokens[t].kind == TokenKind::kPunct &&
           (n == "," || n == ";" || n == ":" || n == "\xE2\x80\x94" || n == "\xE2\x80\x93" ||
            n == "--" || n == "(" || n == ")");
  };
  int quotes = 0, commas = 0;
  for (uint32_t t = 0; t < doc.tokens.size(); ++t) {
    EXPECT_EQ(is_quote(doc, t), quote(t)) << doc.surface(doc.tokens[t]);
    EXPECT_EQ(is_comma_like(doc, t), comma_like(t)) << doc.surface(doc.tokens[t]);
    quotes += quote(t);
    commas += comma_like(t);
  }
  EXPECT_GE(quotes, 5);
  EXPECT_GE(commas, 10);
}

TEST(ClaimsSalience, MarksSentenceListsAndQuotesMatchATokenByTokenScan) {
  const Doc doc = doc_with_people(kQuotation, {"Mara Quill", "Quill", "Jon Vale"});
  const Salience sal(doc, lexicons());
  const uint16_t all = (1u << kListCount) - 1;
  std::vector<uint32_t> marks, quotes;
  for (uint32_t t = 0; t < doc.tokens.size(); ++t) {
    EXPECT_EQ(sal.starts(t, all), lexicons().first_word_lists(doc, t) != 0) << t;
    if (sal.starts(t, all)) marks.push_back(t);
    if (is_quote(doc, t)) quotes.push_back(t);
  }
  ASSERT_FALSE(marks.empty());
  EXPECT_EQ(std::vector<uint32_t>(sal.marks_from(0), sal.marks_end()), marks);
  EXPECT_EQ(sal.quotes(), quotes);
  // From any token, the block index finds what a binary search finds.
  for (uint32_t t = 0; t <= doc.tokens.size() + 40; ++t) {
    const auto want = std::lower_bound(marks.begin(), marks.end(), t) - marks.begin();
    EXPECT_EQ(sal.marks_from(t) - sal.marks_from(0), want) << t;
  }
  // Each sentence's first mark is the one the block index finds from its first token.
  for (uint32_t s = 0; s < doc.sentences.size(); ++s)
    EXPECT_EQ(sal.sentence_marks(s), sal.marks_from(doc.sentences[s].token_begin)) << s;
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    for (int i = 0; i < kListCount; ++i) {
      const uint16_t bit = static_cast<uint16_t>(1u << i);
      bool any = false;
      for (uint32_t t = doc.sentences[s].token_begin; t < doc.sentences[s].token_end; ++t)
        any = any || sal.starts(t, bit);
      EXPECT_EQ(sal.sentence_starts(s, bit), any) << "sentence " << s << " list " << i;
    }
  }
}

TEST(ClaimsSalience, SubjectTokensAreMentionsAndPairOrPersonWords) {
  const Doc doc = doc_with_people(kQuotation, {"Mara Quill", "Jon Vale"});
  const Salience sal(doc, lexicons());
  std::vector<uint32_t> expected;
  for (uint32_t t = 0; t < doc.tokens.size(); ++t)
    if (sal.person_of_token(t) != kNone || sal.starts(t, kPairList | kPersonWordList))
      expected.push_back(t);
  EXPECT_EQ(std::vector<uint32_t>(sal.subject_tokens_from(0), sal.subject_tokens_end()), expected);
  // "Mara Quill": both tokens are the first person's.
  EXPECT_EQ(sal.person_of_token(0), 0);
  EXPECT_EQ(sal.person_of_token(1), 0);
  for (uint32_t t = 0; t <= doc.tokens.size(); ++t) {
    const uint32_t* it = sal.subject_tokens_from(t);
    const auto want = std::lower_bound(expected.begin(), expected.end(), t);
    ASSERT_EQ(it == sal.subject_tokens_end(), want == expected.end()) << t;
    if (want != expected.end()) {
      EXPECT_EQ(*it, *want) << t;
    }
  }
}

// Every range from one first token, with and without a skipped source phrase, in the order
// the claims of a quotation ask (growing ends), then again in a shuffled order.
std::vector<std::array<uint32_t, 3>> ranges_from(uint32_t first, uint32_t tokens) {
  std::vector<std::array<uint32_t, 3>> out;  // last, skip_first, skip_last
  for (uint32_t last = first + 1; last <= tokens; ++last) {
    out.push_back({last, 0, 0});
    if (last > first + 6) out.push_back({last, last - 4, last - 2});  // a source near the end
    if (last > first + 3) out.push_back({last, first, first + 2});    // a source at the start
  }
  std::vector<std::array<uint32_t, 3>> shuffled = out;
  std::reverse(shuffled.begin(), shuffled.end());
  std::rotate(shuffled.begin(), shuffled.begin() + static_cast<std::ptrdiff_t>(shuffled.size() / 3),
              shuffled.end());
  out.insert(out.end(), shuffled.begin(), shuffled.end());
  return out;
}

TEST(ClaimsTypeWalk, AnswersWhatClaimTypeAnswers) {
  const Doc doc = doc_with_people(kQuotation, {"Mara Quill", "Jon Vale"});
  const Salience sal(doc, lexicons());
  const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
  std::string scratch;
  int typed = 0;
  for (uint32_t first = 0; first < n; first += 3) {
    TypeWalk walk;
    for (const auto& r : ranges_from(first, n)) {
      const std::string_view want =
          claim_type(doc, lexicons(), sal, first, r[0], &scratch, r[1], r[2]);
      EXPECT_EQ(walk.type(doc, lexicons(), sal, first, r[0], &scratch, r[1], r[2]), want)
          << "first " << first << " last " << r[0] << " skip " << r[1] << ".." << r[2];
      typed += want != "other";
    }
  }
  EXPECT_GT(typed, 100);  // the text has triggers: the comparison is not of "other"s only
}

TEST(ClaimsSubjectWalk, AnswersWhatFindSubjectsAnswers) {
  const Doc doc = doc_with_people(kQuotation, {"Mara Quill", "Jon Vale"});
  const Salience sal(doc, lexicons());
  const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
  std::string scratch;
  size_t found = 0;
  for (uint32_t first = 0; first < n; ++first) {
    SubjectWalk walk;
    for (const auto& r : ranges_from(first, n)) {
      std::vector<uint32_t> want, got;
      find_subjects(doc, lexicons(), sal, first, r[0], r[1], r[2], &scratch, &want);
      walk.subjects(doc, lexicons(), sal, first, r[0], r[1], r[2], &scratch, &got);
      EXPECT_EQ(got, want) << "first " << first << " last " << r[0] << " skip " << r[1] << ".."
                           << r[2];
      found += want.size();
    }
  }
  EXPECT_GT(found, 100u);  // pronouns, pair words and mentions resolve to people
}

TEST(ClaimsSalience, ResetAnswersAsAFreshIndex) {
  // One index reused from a long document with people to a short one: every answer is the
  // short document's own (no person, mark, quote or role of the first is left over).
  const Doc big = doc_with_people(kQuotation, {"Mara Quill", "Quill", "Jon Vale"});
  const Doc small = doc_with_people("\"Dana Roe is dating again,\" a source said. Dana left.",
                                    {"Dana Roe", "Dana"});
  Salience reused(big, lexicons());
  ASSERT_NE(reused.person_of_token(0), kNone);
  reused.reset(small, lexicons());
  const Salience fresh(small, lexicons());
  const uint16_t all = (1u << kListCount) - 1;
  for (uint32_t t = 0; t < small.tokens.size(); ++t) {
    EXPECT_EQ(reused.person_of_token(t), fresh.person_of_token(t)) << t;
    EXPECT_EQ(reused.starts(t, all), fresh.starts(t, all)) << t;
    EXPECT_EQ(reused.organization_starts_at(t), fresh.organization_starts_at(t)) << t;
  }
  EXPECT_EQ(std::vector<uint32_t>(reused.marks_from(0), reused.marks_end()),
            std::vector<uint32_t>(fresh.marks_from(0), fresh.marks_end()));
  EXPECT_EQ(std::vector<uint32_t>(reused.subject_tokens_from(0), reused.subject_tokens_end()),
            std::vector<uint32_t>(fresh.subject_tokens_from(0), fresh.subject_tokens_end()));
  EXPECT_EQ(reused.quotes(), fresh.quotes());
  for (uint32_t s = 0; s < small.sentences.size(); ++s)
    EXPECT_EQ(reused.sentence_starts(s, all), fresh.sentence_starts(s, all)) << s;
  for (uint32_t p = 0; p < small.people.size(); ++p) EXPECT_EQ(reused.gender(p), fresh.gender(p));
  const uint32_t end = static_cast<uint32_t>(small.text.size());
  EXPECT_EQ(reused.last_before(end, 'x'), fresh.last_before(end, 'x'));
  EXPECT_EQ(reused.last_with_role(end, "singer"), fresh.last_with_role(end, "singer"));
  for (const Token& tok : small.tokens)
    EXPECT_EQ(reused.person_at(tok.begin, tok.end), fresh.person_at(tok.begin, tok.end));
  EXPECT_EQ(reused.places().items().size(), 0u);
  EXPECT_EQ(reused.timexes().items().size(), fresh.timexes().items().size());
}

}  // namespace
}  // namespace claimsift::claims
