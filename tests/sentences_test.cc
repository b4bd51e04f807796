// Tests of the sentence splitter (src/text/sentences.cc, sentence_ends.cc, list_markers.cc):
// case tables of texts and the sentences they must give, one convention per case (celebrity
// guidelines section 1, English Golden Rules).
#include <gtest/gtest.h>

#include <ctime>
#include <string>
#include <vector>

#include "claimsift/limits.h"
#include "claimsift/sentences.h"
#include "claimsift/tokenizer.h"
#include "testing/test_util.h"

namespace claimsift {
namespace {

// CPU time of this thread: a loaded machine slows the wall clock, not the work.
double thread_cpu_seconds() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

std::vector<std::string> sentences(const Doc& doc) {
  std::vector<std::string> out;
  for (const Sentence& s : doc.sentences) out.emplace_back(doc.slice(s.span));
  return out;
}

std::string joined(const std::vector<std::string>& v) {
  std::string out;
  for (const std::string& s : v) out += "[" + s + "] ";
  return out;
}

struct SplitCase {
  const char* name;
  const char* text;
  std::vector<std::string> sentences;
};

class SentenceSplit : public ::testing::TestWithParam<SplitCase> {};

TEST_P(SentenceSplit, GivesExpectedSentences) {
  const SplitCase& c = GetParam();
  const Doc doc = testing::tokenize_and_split(c.text);
  const std::vector<std::string> got = sentences(doc);
  EXPECT_EQ(got, c.sentences) << "got: " << joined(got);
}

const SplitCase kCases[] = {
    // Plain ends.
    {"period", "Hello World. My name is Jonas.", {"Hello World.", "My name is Jonas."}},
    {"question", "What is your name? My name is Jonas.", {"What is your name?", "My name is Jonas."}},
    {"exclamation", "There it is! I found it.", {"There it is!", "I found it."}},
    {"double_marks", "Hello!! Long time. Hello?! Is it you?", {"Hello!!", "Long time.", "Hello?!", "Is it you?"}},
    {"number_end", "She has $100.00. It is in her bag.", {"She has $100.00.", "It is in her bag."}},
    {"number_inside", "She has $100.00 in her bag.", {"She has $100.00 in her bag."}},
    // Abbreviations inside a sentence.
    {"title_before_name", "Mr. Ellison never laid a finger on him.", {"Mr. Ellison never laid a finger on him."}},
    {"doctor", "Dr. Lena Hartmann told the Mail.", {"Dr. Lena Hartmann told the Mail."}},
    {"street_lower", "It sits on Santa Monica Blvd. just a few doors down.", {"It sits on Santa Monica Blvd. just a few doors down."}},
    {"month_number", "Filming wrapped on Aug. 2, but not since.", {"Filming wrapped on Aug. 2, but not since."}},
    {"number_abbreviation", "It hit No. 1 on the chart.", {"It hit No. 1 on the chart."}},
    {"initials_name", "The photographer, J.K. Ostrowski, claims so.", {"The photographer, J.K. Ostrowski, claims so."}},
    {"initials_place", "The L.A. County office had not decided.", {"The L.A. County office had not decided."}},
    {"time_lower", "He left at 3 a.m. on Monday.", {"He left at 3 a.m. on Monday."}},
    {"country_lower", "The U.S. tennis player split.", {"The U.S. tennis player split."}},
    {"country_capital_noun", "I work for the U.S. Government in Virginia.", {"I work for the U.S. Government in Virginia."}},
    {"suffix_lower", "Dequan Ellison Jr. was arrested.", {"Dequan Ellison Jr. was arrested."}},
    {"middle_initial", "My name is Jonas E. Smith.", {"My name is Jonas E. Smith."}},
    {"page", "Please turn to p. 55.", {"Please turn to p. 55."}},
    {"mount", "I can see Mt. Fuji from here.", {"I can see Mt. Fuji from here."}},
    {"saint_and_street", "St. Michael's Church is on 5th st. near the light.", {"St. Michael's Church is on 5th st. near the light."}},
    {"possessive_abbreviation", "That is JFK Jr.'s book.", {"That is JFK Jr.'s book."}},
    // Abbreviations at the end of a sentence: the period does double duty.
    {"country_end", "She worked in the U.S. She returned to Madrid.", {"She worked in the U.S.", "She returned to Madrid."}},
    {"suffix_end", "It was filmed by a friend of Ellison Jr. The footage is private.", {"It was filmed by a friend of Ellison Jr.", "The footage is private."}},
    {"company_end", "They closed the deal with Pitt, Briggs & Co. It closed yesterday.", {"They closed the deal with Pitt, Briggs & Co.", "It closed yesterday."}},
    {"pronoun_i_end", "We make a good team, you and I. Did you see Albert I. Jones yesterday?", {"We make a good team, you and I.", "Did you see Albert I. Jones yesterday?"}},
    {"abbreviation_then_bracket", "It landed at 6:40 p.m. (GMT +8) after a long flight.", {"It landed at 6:40 p.m. (GMT +8) after a long flight."}},
    {"abbreviation_then_quote", "She lives in the U.S. \"I love it,\" she said.", {"She lives in the U.S.", "\"I love it,\" she said."}},
    {"time_then_title_after_clause", "He left the bank at 6 P.M. Mr. Smith then went home.", {"He left the bank at 6 P.M.", "Mr. Smith then went home."}},
    {"time_then_title_opening_phrase", "At 5 a.m. Mr. Smith went to the bank.", {"At 5 a.m. Mr. Smith went to the bank."}},
    {"country_then_title_opening_phrase", "In the U.S. Dr. Oz is famous.", {"In the U.S. Dr. Oz is famous."}},
    {"month_end", "It opens in Nov. The cast is set.", {"It opens in Nov.", "The cast is set."}},
    // Outlet names.
    {"e_news", "A source told E! News that she is due.", {"A source told E! News that she is due."}},
    {"hola", "A rep told \xC2\xA1Hola! that they are friends.", {"A rep told \xC2\xA1Hola! that they are friends."}},
    {"hello_caps", "A friend told HELLO! that he proposed.", {"A friend told HELLO! that he proposed."}},
    {"ok_magazine", "She told OK! Magazine that she is happy.", {"She told OK! Magazine that she is happy."}},
    {"caps_exclaim_then_starter", "It was AMAZING! The crowd went wild.", {"It was AMAZING!", "The crowd went wild."}},
    {"yahoo", "She works at Yahoo! in the accounting department.", {"She works at Yahoo! in the accounting department."}},
    // Quotations.
    {"quote_attribution_lower", "\"Is there a baby on the way?\" one fan commented, while another wrote, \"Yes.\"", {"\"Is there a baby on the way?\" one fan commented, while another wrote, \"Yes.\""}},
    {"quote_attribution_name", "\"Help!\" Smith shouted at the crowd.", {"\"Help!\" Smith shouted at the crowd."}},
    {"quote_no_attribution", "\"Help!\" Smith ran out of the room.", {"\"Help!\"", "Smith ran out of the room."}},
    {"quote_multi_sentence", "\"They couldn't stop. Nobody thought so,\" an eyewitness told Page Six.", {"\"They couldn't stop.", "Nobody thought so,\" an eyewitness told Page Six."}},
    {"quote_exclaim_inside", "\"Tee is glowing!! Is there a baby?\" one fan wrote.", {"\"Tee is glowing!!", "Is there a baby?\" one fan wrote."}},
    {"quote_end_then_quote", "They are \"over the moon.\" \"She's due,\" the insider added.", {"They are \"over the moon.\"", "\"She's due,\" the insider added."}},
    {"quote_end_then_capital", "She turned to him, \"This is great.\" She held the book out.", {"She turned to him, \"This is great.\"", "She held the book out."}},
    {"quote_period_lower", "She turned to him, 'This is great.' she said.", {"She turned to him, 'This is great.' she said."}},
    {"spaced_closing_quote_at_end", "\"I would go. That day has come. \"", {"\"I would go.", "That day has come. \""}},
    {"curly_quotes", "\xE2\x80\x9CShe had no idea. She cried,\xE2\x80\x9D the pal added.", {"\xE2\x80\x9CShe had no idea.", "She cried,\xE2\x80\x9D the pal added."}},
    {"exclaim_in_quote_lower", "She liked a comment reading \xE2\x80\x9C" "Called it!!\xE2\x80\x9D on the post.", {"She liked a comment reading \xE2\x80\x9C" "Called it!!\xE2\x80\x9D on the post."}},
    {"parenthetical", "He teaches science (He worked for 5 years as an engineer.) at the local University.", {"He teaches science (He worked for 5 years as an engineer.) at the local University."}},
    // Ellipses.
    {"ellipsis_lower", "Even the dog was barking\xE2\x80\xA6 it was chaos.", {"Even the dog was barking\xE2\x80\xA6 it was chaos."}},
    {"ellipsis_dots_lower", "A string of heart emojis... and little else.", {"A string of heart emojis... and little else."}},
    {"ellipsis_capital", "I waited\xE2\x80\xA6 Then she came.", {"I waited\xE2\x80\xA6", "Then she came."}},
    {"ellipsis_pronoun_i", "the thing is . . . I didn't mean it.", {"the thing is . . . I didn't mean it."}},
    {"four_dots", "I never meant that.... She left the store.", {"I never meant that....", "She left the store."}},
    {"brackets_ellipsis", "\"Bohr [...] used the analogy [...]\" (Smith 55).", {"\"Bohr [...] used the analogy [...]\" (Smith 55)."}},
    {"caption_ellipsis_emoji_line", "the caption \"Something special... \xF0\x9F\x91\x80\"\nFans were quick to guess.", {"the caption \"Something special... \xF0\x9F\x91\x80\"", "Fans were quick to guess."}},
    // Lines and paragraphs.
    {"paragraph_break", "It ended\n\nThen it began", {"It ended", "Then it began"}},
    {"headline", "Stars Split After Two Years\nThe pair have called it quits.", {"Stars Split After Two Years", "The pair have called it quits."}},
    {"single_newline_paragraphs", "The bump is there.\"\nRepresentatives have not responded.", {"The bump is there.\"", "Representatives have not responded."}},
    {"line_continues_lower", "She shared a photo of\nthe ring.", {"She shared a photo of\nthe ring."}},
    {"emoji_caption_paragraph", "captioned simply: \xE2\x80\x9C" "Forever starts now \xF0\x9F\x92\x8D\xE2\x80\x9D\n\nA friend told HELLO! that he proposed.", {"captioned simply: \xE2\x80\x9C" "Forever starts now \xF0\x9F\x92\x8D\xE2\x80\x9D", "A friend told HELLO! that he proposed."}},
    {"hard_wrapped", "The pair met last month on the set\nof a period drama, and a source says\nthe spark was instant. They left\ntogether on Monday.", {"The pair met last month on the set\nof a period drama, and a source says\nthe spark was instant.", "They left\ntogether on Monday."}},
    {"long_lines_are_not_wrapped", "She shared a photo on Instagram with a long caption about her summer plans, her family and the new album out in May\nfans were quick to react to the post, which gained more than a million likes in its first hour online on Sunday night\nand the singer replied to a few of them, thanking her fans for their support over the years and the months to come\nAn Exclusive Interview With The Singer About Her Summer Plans, Her Family And Her Brand New Album Out Next Month\nShe spoke to us about the record, the tour and the big move to London with her family.", {"She shared a photo on Instagram with a long caption about her summer plans, her family and the new album out in May\nfans were quick to react to the post, which gained more than a million likes in its first hour online on Sunday night\nand the singer replied to a few of them, thanking her fans for their support over the years and the months to come", "An Exclusive Interview With The Singer About Her Summer Plans, Her Family And Her Brand New Album Out Next Month", "She spoke to us about the record, the tour and the big move to London with her family."}},
    {"ptb_quotes", "He agreed. ``It is over.'' She left.", {"He agreed.", "``It is over.''", "She left."}},
    // Web tokens.
    {"email", "Her email is Jane.Doe@example.com. I sent her an email.", {"Her email is Jane.Doe@example.com.", "I sent her an email."}},
    {"url", "The site is: https://www.example.50.com/new-site/awesome_content.html. Please check it out.", {"The site is: https://www.example.50.com/new-site/awesome_content.html.", "Please check it out."}},
    // Lists.
    {"list_parens", "1) The first item 2) The second item", {"1) The first item", "2) The second item"}},
    {"list_period", "1. The first item 2. The second item", {"1. The first item", "2. The second item"}},
    {"list_letters", "a. The first item b. The second item c. The third item", {"a. The first item", "b. The second item", "c. The third item"}},
    {"list_bullets", "\xE2\x80\xA2 9. The first item \xE2\x80\xA2 10. The second item", {"\xE2\x80\xA2 9. The first item", "\xE2\x80\xA2 10. The second item"}},
    {"not_a_list", "The song hit No. 1. Then it fell to 2. The band split.", {"The song hit No. 1.", "Then it fell to 2.", "The band split."}},
    // The header is never part of a sentence.
    {"date_header", " date 2025-05-04 Tom Cruise walked. He smiled.", {"Tom Cruise walked.", "He smiled."}},
};

INSTANTIATE_TEST_SUITE_P(Cases, SentenceSplit, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<SplitCase>& info) {
                           return std::string(info.param.name);
                         });

TEST(SentenceLists, ExistAndAbbreviationKindsAreKnown) {
  const LexiconSet& set = LexiconSet::builtin();
  for (const char* name : {"en/lists/abbreviations", "en/lists/sentence_starters",
                           "en/lists/quote_attribution_verbs"}) {
    ASSERT_TRUE(set.has(name)) << name;
    EXPECT_GT(set.get(name).size(), 10u) << name;
  }
  const Lexicon& abbreviations = set.get("en/lists/abbreviations");
  for (size_t i = 0; i < abbreviations.size(); ++i) {
    const std::string_view kind = abbreviations.field(static_cast<int>(i), 0);
    EXPECT_TRUE(kind == "title" || kind == "number" || kind == "any")
        << abbreviations.surface(static_cast<int>(i)) << " has kind '" << kind << "'";
    EXPECT_EQ(abbreviations.surface(static_cast<int>(i)).back(), '.')
        << abbreviations.surface(static_cast<int>(i));
  }
}

TEST(Sentences, ExampleArticleHasEighteenSentences) {
  const std::string text = testing::read_file(std::string(CLAIMSIFT_SOURCE_DIR) +
                                              "/data/examples/cruise_de_armas.txt");
  const Doc doc = testing::tokenize_and_split(text);
  EXPECT_EQ(doc.sentences.size(), 18u) << joined(sentences(doc));
}

TEST(Sentences, MarkFirstTokensAsSentenceStarts) {
  const Doc doc = testing::tokenize_and_split("One. Two three. Four");
  ASSERT_EQ(doc.sentences.size(), 3u);
  for (uint32_t i = 0; i < doc.tokens.size(); ++i) {
    bool first = false;
    for (const Sentence& s : doc.sentences) first |= s.token_begin == i;
    EXPECT_EQ(doc.tokens[i].has(kSentenceStart), first) << i;
  }
}

TEST(Sentences, EmptyAndWhitespaceTextsHaveNone) {
  EXPECT_TRUE(testing::tokenize_and_split("").sentences.empty());
  EXPECT_TRUE(testing::tokenize_and_split(" \n\t\xC2\xA0\n").sentences.empty());
}

TEST(Sentences, AreCutAtTheTokenLimitInLinearTime) {
  std::string text;
  while (text.size() < (5u << 20)) text += "word and more ";
  const double start = thread_cpu_seconds();
  const Doc doc = testing::tokenize_and_split(text);
  const double seconds = thread_cpu_seconds() - start;
  EXPECT_LT(seconds, 3.0);
  ASSERT_GT(doc.sentences.size(), 1u);
  for (const Sentence& s : doc.sentences) {
    EXPECT_LE(s.token_end - s.token_begin, kMaxSentenceTokens);
  }
}

TEST(Sentences, LinearOnTextWithoutWhitespace) {
  for (const char* unit : {"x", "a.b.", "Mr.", "!?", "\xE2\x80\x9C" "a\xE2\x80\x9D.", "1)"}) {
    std::string text;
    while (text.size() < (5u << 20)) text += unit;
    const double start = thread_cpu_seconds();
    const Doc doc = testing::tokenize_and_split(text);
    const double seconds = thread_cpu_seconds() - start;
    EXPECT_LT(seconds, 5.0) << unit;
    EXPECT_FALSE(doc.sentences.empty());
    for (const Sentence& s : doc.sentences) EXPECT_LE(s.token_end - s.token_begin, kMaxSentenceTokens);
  }
}

TEST(Sentences, LinearOnMarksWithoutWords) {
  for (const char* unit : {". ", "! ", "1. ", "\xE2\x80\xA2 ", "a. "}) {
    std::string text;
    while (text.size() < (2u << 20)) text += unit;
    const double start = thread_cpu_seconds();
    const Doc doc = testing::tokenize_and_split(text);
    const double seconds = thread_cpu_seconds() - start;
    EXPECT_LT(seconds, 3.0) << unit;
    EXPECT_FALSE(doc.sentences.empty());
  }
}

}  // namespace
}  // namespace claimsift
