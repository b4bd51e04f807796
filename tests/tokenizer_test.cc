// Tests of the tokenizer (src/text/tokenizer.cc, char_class.cc, emoji.cc, web_tokens.cc,
// abbreviations.cc): case tables of texts and the tokens they must give.
#include <gtest/gtest.h>

#include <cstdio>
#include <ctime>
#include <string>
#include <vector>

#include "claimsift/limits.h"
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

Doc tokenize(std::string_view text) {
  Doc doc = testing::read_only(text);
  Tokenizer(LexiconSet::builtin()).run(&doc);
  return doc;
}

std::vector<std::string> surfaces(const Doc& doc) {
  std::vector<std::string> out;
  for (const Token& t : doc.tokens) out.emplace_back(doc.surface(t));
  return out;
}

std::string joined(const Doc& doc) {
  std::string out;
  for (const Token& t : doc.tokens) {
    if (!out.empty()) out += " | ";
    out += doc.surface(t);
  }
  return out;
}

struct SplitCase {
  const char* name;
  const char* text;
  std::vector<std::string> tokens;
};

void PrintTo(const SplitCase& c, std::ostream* os) { *os << c.name; }

class TokenSplit : public ::testing::TestWithParam<SplitCase> {};

TEST_P(TokenSplit, GivesExpectedTokens) {
  const SplitCase& c = GetParam();
  const Doc doc = tokenize(c.text);
  EXPECT_EQ(surfaces(doc), c.tokens) << "text: " << c.text << "\ngot: " << joined(doc);
}

const SplitCase kSplitCases[] = {
    // Apostrophes and clitics.
    {"contraction_nt", "I don't know", {"I", "do", "n't", "know"}},
    {"contraction_cant", "Can't stop", {"Ca", "n't", "stop"}},
    {"possessive_s", "Cruise's film", {"Cruise", "'s", "film"}},
    {"possessive_curly", "Cruise\xE2\x80\x99s film", {"Cruise", "\xE2\x80\x99s", "film"}},
    {"possessive_bare_apostrophe", "de Armas' birthday", {"de", "Armas", "'", "birthday"}},
    {"clitic_re_ll_ve", "they're we'll I've", {"they", "'re", "we", "'ll", "I", "'ve"}},
    {"clitic_m_d", "I'm sure he'd go", {"I", "'m", "sure", "he", "'d", "go"}},
    {"clitic_upper", "DON'T STOP", {"DO", "N'T", "STOP"}},
    {"curly_nt", "couldn\xE2\x80\x99t help", {"could", "n\xE2\x80\x99t", "help"}},
    {"inner_apostrophe_name", "O'Brien and rock'n'roll", {"O'Brien", "and", "rock'n'roll"}},
    {"quoted_single_words", "the 'good ones' are", {"the", "'", "good", "ones", "'", "are"}},
    {"decade", "the '90s look", {"the", "'90s", "look"}},
    {"number_possessive", "1990's hits", {"1990", "'s", "hits"}},
    {"abbreviation_possessive", "JFK Jr.'s book", {"JFK", "Jr.", "'s", "book"}},
    // Hyphens and dashes.
    {"hyphenated", "Osei-Mensah, a 41-year-old co-star", {"Osei-Mensah", ",", "a", "41-year-old", "co-star"}},
    {"em_dash_spaced", "38 \xE2\x80\x94 and", {"38", "\xE2\x80\x94", "and"}},
    {"em_dash_touching", "clothes\xE2\x80\x94 white", {"clothes", "\xE2\x80\x94", "white"}},
    {"em_dash_between_words", "yes\xE2\x80\x94no", {"yes", "\xE2\x80\x94", "no"}},
    {"en_dash_title", "Impossible \xE2\x80\x93 The", {"Impossible", "\xE2\x80\x93", "The"}},
    {"en_dash_range", "1990\xE2\x80\x93" "2000", {"1990", "\xE2\x80\x93", "2000"}},
    {"double_hyphen", "wait--what", {"wait", "--", "what"}},
    {"trailing_hyphen", "pre- and post-war", {"pre", "-", "and", "post-war"}},
    // Quotes.
    {"straight_double_quotes", "\"Hi,\" she said", {"\"", "Hi", ",", "\"", "she", "said"}},
    {"curly_double_quotes", "\xE2\x80\x9CHi\xE2\x80\x9D", {"\xE2\x80\x9C", "Hi", "\xE2\x80\x9D"}},
    {"curly_single_quotes", "\xE2\x80\x98Hi\xE2\x80\x99 there", {"\xE2\x80\x98", "Hi", "\xE2\x80\x99", "there"}},
    {"guillemets", "\xC2\xAB" "Oui\xC2\xBB", {"\xC2\xAB", "Oui", "\xC2\xBB"}},
    // Numbers.
    {"decimal_thousands", "$1,000.50 today", {"$", "1,000.50", "today"}},
    {"integer", "Cruise, 62,", {"Cruise", ",", "62", ","}},
    {"slash_date", "on 4/29 at 8:30", {"on", "4/29", "at", "8:30"}},
    {"iso_date", "2025-05-04.", {"2025-05-04", "."}},
    {"currency", "$20,000 bail", {"$", "20,000", "bail"}},
    {"millions", "$1.3 million", {"$", "1.3", "million"}},
    {"percent", "50% off", {"50", "%", "off"}},
    {"ordinal", "5th st.", {"5th", "st."}},
    {"number_then_period", "It cost $100.00. It", {"It", "cost", "$", "100.00", ".", "It"}},
    {"dotted_number", "N\xC2\xB0. 1026.253.553.", {"N\xC2\xB0.", "1026.253.553", "."}},
    // Abbreviations and initials.
    {"title", "Mr. Ellison", {"Mr.", "Ellison"}},
    {"initialism", "the U.S. team", {"the", "U.S.", "team"}},
    {"initialism_end", "in the U.S.", {"in", "the", "U.S."}},
    {"time", "3 a.m. on", {"3", "a.m.", "on"}},
    {"initials", "J.K. Ostrowski", {"J.K.", "Ostrowski"}},
    {"city_initials", "L.A. County", {"L.A.", "County"}},
    {"street", "Santa Monica Blvd. just", {"Santa", "Monica", "Blvd.", "just"}},
    {"month_before_number", "Nov. 2", {"Nov.", "2"}},
    {"month_at_end", "in Nov. Then", {"in", "Nov", ".", "Then"}},
    {"number_abbreviation", "No. 1", {"No.", "1"}},
    {"no_as_word", "I said no. Then", {"I", "said", "no", ".", "Then"}},
    {"single_initial", "Jonas E. Smith", {"Jonas", "E.", "Smith"}},
    {"page", "p. 55", {"p.", "55"}},
    {"phd", "a Ph.D. student", {"a", "Ph.D.", "student"}},
    {"eg", "e.g. this", {"e.g.", "this"}},
    {"consonant_shape", "Main Pkwy. now", {"Main", "Pkwy.", "now"}},
    {"acronym_not_abbreviation", "told TMZ. The", {"told", "TMZ", ".", "The"}},
    {"interjection_not_abbreviation", "Hmm. Okay", {"Hmm", ".", "Okay"}},
    {"sentence_period", "a walk. The", {"a", "walk", ".", "The"}},
    {"missing_space_not_initialism", "world.Today", {"world", ".", "Today"}},
    {"ampersand_acronym", "AT&T and R&B", {"AT&T", "and", "R&B"}},
    {"ampersand_spaced", "Ember & Ash", {"Ember", "&", "Ash"}},
    // Web tokens.
    {"url", "Visit https://www.example.50.com/new-site/awesome_content.html. Please",
     {"Visit", "https://www.example.50.com/new-site/awesome_content.html", ".", "Please"}},
    {"url_www", "(see www.example.com/a)", {"(", "see", "www.example.com/a", ")"}},
    {"url_balanced_parens", "https://en.wikipedia.org/wiki/A_(b) ok",
     {"https://en.wikipedia.org/wiki/A_(b)", "ok"}},
    {"domain", "on Netflix.com today", {"on", "Netflix.com", "today"}},
    {"domain_with_path", "pic.twitter.com/AbC12 and instagram.com/p/xyz.", {"pic.twitter.com/AbC12", "and", "instagram.com/p/xyz", "."}},
    {"email", "Her email is Jane.Doe@example.com. I", {"Her", "email", "is", "Jane.Doe@example.com", ".", "I"}},
    {"handle", "@tomcruise posted", {"@tomcruise", "posted"}},
    {"handle_dot", "@ana.dearmas.", {"@ana.dearmas", "."}},
    {"hashtag", "#TopGun #d\xC3\xAD" "a2 #1", {"#TopGun", "#d\xC3\xAD" "a2", "#", "1"}},
    // Emoji.
    {"emoji_simple", "now \xF0\x9F\x92\x8D\xE2\x80\x9D", {"now", "\xF0\x9F\x92\x8D", "\xE2\x80\x9D"}},
    {"emoji_heart_vs16", "love\xE2\x9D\xA4\xEF\xB8\x8F!", {"love", "\xE2\x9D\xA4\xEF\xB8\x8F", "!"}},
    {"emoji_zwj_family", "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7 yay",
     {"\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7", "yay"}},
    {"emoji_flag", "\xF0\x9F\x87\xAA\xF0\x9F\x87\xB8\xF0\x9F\x87\xAC\xF0\x9F\x87\xA7",
     {"\xF0\x9F\x87\xAA\xF0\x9F\x87\xB8", "\xF0\x9F\x87\xAC\xF0\x9F\x87\xA7"}},
    {"emoji_skin_tone", "\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD" "ok", {"\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD", "ok"}},
    {"emoji_keycap", "1\xEF\xB8\x8F\xE2\x83\xA3 #\xEF\xB8\x8F\xE2\x83\xA3", {"1\xEF\xB8\x8F\xE2\x83\xA3", "#\xEF\xB8\x8F\xE2\x83\xA3"}},
    {"emoji_run", "\xF0\x9F\x98\x8D\xF0\x9F\x98\x8D", {"\xF0\x9F\x98\x8D", "\xF0\x9F\x98\x8D"}},
    {"emoji_zwj_profession",
     "\xF0\x9F\x91\xA9\xF0\x9F\x8F\xBD\xE2\x80\x8D\xF0\x9F\x8D\xB3!",
     {"\xF0\x9F\x91\xA9\xF0\x9F\x8F\xBD\xE2\x80\x8D\xF0\x9F\x8D\xB3", "!"}},
    // Outlet names and punctuation runs.
    {"e_news", "E! News", {"E", "!", "News"}},
    {"e_news_possessive", "E!'s host, Yahoo!\xE2\x80\x99s", {"E", "!", "'s", "host", ",", "Yahoo", "!", "\xE2\x80\x99s"}},
    {"hola", "\xC2\xA1Hola! that", {"\xC2\xA1", "Hola", "!", "that"}},
    {"hello_caps", "HELLO! that", {"HELLO", "!", "that"}},
    {"double_exclamation", "glowing!! Is", {"glowing", "!!", "Is"}},
    {"interrobang_run", "Hello?! Is", {"Hello", "?!", "Is"}},
    {"ellipsis_dots", "barking... it", {"barking", "...", "it"}},
    {"ellipsis_char", "barking\xE2\x80\xA6 it", {"barking", "\xE2\x80\xA6", "it"}},
    {"spaced_ellipsis", "is . . . I", {"is", ".", ".", ".", "I"}},
    {"brackets", "[...]", {"[", "...", "]"}},
    // Gaps.
    {"bom_and_zero_width", "\xEF\xBB\xBFzero\xE2\x80\x8Bwidth", {"zero", "width"}},
    {"nbsp", "Tom\xC2\xA0" "Cruise", {"Tom", "Cruise"}},
    {"zwj_outside_emoji", "a\xE2\x80\x8D b", {"a", "b"}},
    {"control_characters", "a\x07" "b", {"a", "b"}},
    {"combining_mark", "Cafe\xCC\x81 ok", {"Cafe\xCC\x81", "ok"}},
    {"ideographs", "\xE4\xB8\xAD\xE6\x96\x87", {"\xE4\xB8\xAD", "\xE6\x96\x87"}},
    {"crlf", "a\r\nb", {"a", "b"}},
};

INSTANTIATE_TEST_SUITE_P(Cases, TokenSplit, ::testing::ValuesIn(kSplitCases),
                         [](const ::testing::TestParamInfo<SplitCase>& info) {
                           return std::string(info.param.name);
                         });

struct KindCase {
  const char* text;
  size_t index;
  TokenKind kind;
};

TEST(TokenKinds, AreSetPerTokenType) {
  const KindCase cases[] = {
      {"https://x.com/a", 0, TokenKind::kUrl},
      {"a@b.com", 0, TokenKind::kEmail},
      {"@handle", 0, TokenKind::kHandle},
      {"#tag", 0, TokenKind::kHashtag},
      {"\xF0\x9F\x92\x8D", 0, TokenKind::kEmoji},
      {"\xE2\x9D\xA4\xEF\xB8\x8F", 0, TokenKind::kEmoji},
      {"62", 0, TokenKind::kNumber},
      {"4/29", 0, TokenKind::kNumber},
      {"word", 0, TokenKind::kWord},
      {"5th", 0, TokenKind::kWord},
      {"don't", 1, TokenKind::kClitic},
      {"Armas'", 1, TokenKind::kClitic},
      {"Cruise's", 1, TokenKind::kClitic},
      {"!!", 0, TokenKind::kPunct},
      {"\xE2\x80\x94", 0, TokenKind::kPunct},
      {"$", 0, TokenKind::kSymbol},
      {"\xE2\x84\xA2", 0, TokenKind::kSymbol},  // ™ without VS16 is text, not an emoji
  };
  for (const KindCase& c : cases) {
    const Doc doc = tokenize(c.text);
    ASSERT_GT(doc.tokens.size(), c.index) << c.text;
    EXPECT_EQ(static_cast<int>(doc.tokens[c.index].kind), static_cast<int>(c.kind)) << c.text;
  }
}

struct FlagCase {
  const char* text;
  size_t index;
  uint16_t set;
  uint16_t clear;
};

TEST(TokenFlags, DescribeShapeAndSpacing) {
  const FlagCase cases[] = {
      {"Cruise", 0, kTitleCase, kAllUpper | kAllLower},
      {"McDonald", 0, kTitleCase, kAllUpper},
      {"TMZ", 0, kAllUpper, kTitleCase | kAllLower},
      {"U.S.", 0, kAllUpper | kHasPeriod, kAllLower},
      {"walk", 0, kAllLower, kTitleCase},
      {"iPhone", 0, 0, kTitleCase | kAllUpper | kAllLower},
      {"41-year-old", 0, kHasDigit | kHasHyphen | kAllLower, 0},
      {"Mr.", 0, kHasPeriod | kTitleCase, 0},
      {"\xC3\x89mile", 0, kTitleCase, 0},
      {"a b", 1, kSpaceBefore, kNewlineBefore | kParagraphBefore},
      {"a\nb", 1, kSpaceBefore | kNewlineBefore, kParagraphBefore},
      {"a\r\nb", 1, kNewlineBefore, kParagraphBefore},
      {"a\n\nb", 1, kNewlineBefore | kParagraphBefore, 0},
      {"a\r\n \r\nb", 1, kParagraphBefore, 0},
      {"a\r\rb", 1, kParagraphBefore, 0},
      {"a,b", 1, 0, kSpaceBefore},
      {"zero\xE2\x80\x8Bwidth", 1, 0, kSpaceBefore},
  };
  for (const FlagCase& c : cases) {
    const Doc doc = tokenize(c.text);
    ASSERT_GT(doc.tokens.size(), c.index) << c.text;
    const uint16_t f = doc.tokens[c.index].flags;
    EXPECT_EQ(f & c.set, c.set) << c.text << " flags " << f;
    EXPECT_EQ(f & c.clear, 0) << c.text << " flags " << f;
  }
}

TEST(TokenNorm, IsCaseFoldedWithQuotesFolded) {
  const Doc doc = tokenize("Cruise\xE2\x80\x99s \xC3\x89MILE U.S. N\xE2\x80\x99T");
  std::vector<std::string> norms;
  for (const Token& t : doc.tokens) norms.emplace_back(doc.norm(t));
  EXPECT_EQ(norms, (std::vector<std::string>{"cruise", "'s", "\xC3\xA9mile", "u.s.", "n't"}));
}

TEST(TokenNorm, DropsSoftHyphensInsideWords) {
  const Doc doc = tokenize("co\xC2\xADoperate");
  ASSERT_EQ(doc.tokens.size(), 1u);
  EXPECT_EQ(doc.surface(doc.tokens[0]), "co\xC2\xADoperate");
  EXPECT_EQ(doc.norm(doc.tokens[0]), "cooperate");
}

TEST(Tokenizer, SkipsTheDateHeader) {
  const Doc doc = tokenize(" date 2025-05-04 Tom Cruise walked.");
  ASSERT_FALSE(doc.tokens.empty());
  EXPECT_GE(doc.tokens.front().begin, doc.body_begin);
  EXPECT_EQ(doc.surface(doc.tokens.front()), "Tom");
}

TEST(Tokenizer, CutsOverlongRunsAtTheTokenLimit) {
  const std::string text(10000, 'a');
  const Doc doc = tokenize(text);
  ASSERT_EQ(doc.tokens.size(), (10000 + kMaxTokenBytes - 1) / kMaxTokenBytes);
  for (const Token& t : doc.tokens) EXPECT_LE(t.end - t.begin, kMaxTokenBytes);
}

TEST(Tokenizer, IsLinearOnLongTextWithoutSpaces) {
  // 5 MB of characters that each scanner looks ahead on: no quadratic rescans.
  const std::string patterns[] = {std::string(5 << 20, 'a'), std::string(5 << 20, '.'),
                                  [] {
                                    std::string s;
                                    while (s.size() < (5u << 20)) s += "a_b@c.d-";
                                    return s;
                                  }()};
  for (const std::string& text : patterns) {
    const double start = thread_cpu_seconds();
    const Doc doc = tokenize(text);
    const double seconds = thread_cpu_seconds() - start;
    EXPECT_LT(seconds, 2.0) << text.substr(0, 10);
    EXPECT_FALSE(doc.tokens.empty());
  }
}

// Throughput is measured in bench/stage_benchmark.cc (BM_Tokenizer), never in a unit test.

}  // namespace
}  // namespace claimsift
