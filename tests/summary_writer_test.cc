// Tests of the terminal summary (include/claimsift/summary_writer.h) and of the text helpers it
// shares with the other views (src/writer/view_common.h): sections, one line per claim, colour
// only on request, control characters neutralised, shortening that keeps characters whole.
#include "claimsift/summary_writer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tools/cli_formats.h"
#include "tools/hand_docs.h"
#include "writer/view_common.h"

namespace claimsift {
namespace {

using testing::hand_doc;
using testing::sample_doc;
using testing::span_of;

std::string summary_of(const Doc& doc, bool color = false) {
  std::string out;
  write_summary(doc, color, &out);
  return out;
}

std::vector<std::string> lines_of(const std::string& out) {
  std::vector<std::string> lines;
  size_t start = 0;
  for (size_t at = out.find('\n'); at != std::string::npos; at = out.find('\n', start)) {
    lines.push_back(out.substr(start, at - start));
    start = at + 1;
  }
  return lines;
}

std::vector<std::string> claim_lines(const std::string& out) {
  std::vector<std::string> claims;
  for (const std::string& line : lines_of(out)) {
    if (line.starts_with("  C")) claims.push_back(line);
  }
  return claims;
}

TEST(SummaryWriter, ShowsEverySectionOfTheSample) {
  const std::string out = summary_of(sample_doc());
  const char* expected[] = {
      "sample.txt\n",
      "People (2)\n  Tom Cruise, 62 \u00b7 Star \u00b7 2 mentions\n"
      "  Ana de Armas \u00b7 2 mentions\n",
      "Places (1)\n  London\n",
      "Organizations (1)\n  People (outlet)\n",
      "Works (1)\n  Ballerina (film)\n",
      "Events (2)\n  2025-04-29  walk \u2014 Tom Cruise, Ana de Armas, in London\n"
      "  XXXX-04-30  birthday \u2014 Ana de Armas [probable]\n",
  };
  for (const char* part : expected) {
    EXPECT_NE(out.find(part), std::string::npos) << part << "\n--- in ---\n" << out;
  }
  EXPECT_TRUE(out.ends_with("\n\n")) << "a blank line closes each summary";
}

TEST(SummaryWriter, ShowsTheDocumentDateAndItsSource) {
  Doc doc = hand_doc("Plain text.");
  EXPECT_NE(summary_of(doc).find("No publication date\n"), std::string::npos);
  doc.document_date = CivilDate{2025, 5, 4};
  doc.document_date_source = DateSource::kHeader;
  EXPECT_NE(summary_of(doc).find("Published 2025-05-04 (from the header)\n"), std::string::npos);
}

TEST(SummaryWriter, OneLinePerClaimWithStatusTypeSubjectsSource) {
  const auto claims = claim_lines(summary_of(sample_doc()));
  ASSERT_EQ(claims.size(), 3u);
  struct Case {
    const char* starts;
    const char* contains;
  };
  const Case cases[] = {
      {"  C1  attributed celebration  Tom Cruise, Ana de Armas \u00b7 per People (outlet) "
       "\u00b7 probable, hedged \u00b7 \u201cThe pair reportedly",
       "per People"},
      {"  C2  denied     romance      Tom Cruise, Ana de Armas \u00b7 per Tom Cruise "
       "(named person) \u00b7 certain",
       "Cruise denied dating de Armas"},
      {"  C3  hedged     sighting     Ana de Armas \u00b7 no source \u00b7 possible",
       "walked in London on April 29"},
  };
  for (size_t i = 0; i < claims.size(); ++i) {
    EXPECT_TRUE(claims[i].starts_with(cases[i].starts)) << claims[i];
    EXPECT_NE(claims[i].find(cases[i].contains), std::string::npos) << claims[i];
  }
}

TEST(SummaryWriter, EventsRunByDateThenVagueThenDurationThenUndated) {
  Doc doc = hand_doc("a b c d e f g");
  doc.timexes = {Timex{span_of(doc, "a"), TimexType::kDate, "2025-06-06"},
                 Timex{span_of(doc, "b"), TimexType::kDuration, "P2D"},
                 Timex{span_of(doc, "c"), TimexType::kDate, "PAST_REF"},
                 Timex{span_of(doc, "d"), TimexType::kDate, "2024-12-31"}};
  const std::pair<const char*, int32_t> events[] = {
      {"first", kNone}, {"june", 0}, {"span", 1}, {"past", 2}, {"december", 3}, {"last", kNone}};
  for (const auto& [type, date] : events) {
    Event e;
    e.type = type;
    e.date = date;
    doc.events.push_back(e);
  }
  const std::string out = summary_of(doc);
  const char* order[] = {"2024-12-31  december", "2025-06-06  june",  "PAST_REF    past",
                         "P2D         span",     "undated     first", "undated     last"};
  size_t at = 0;
  for (const char* line : order) {
    const size_t found = out.find(line, at);
    ASSERT_NE(found, std::string::npos) << line << " after byte " << at << " in\n" << out;
    at = found;
  }
}

TEST(SummaryWriter, EmptyDocumentSaysNoneInEverySection) {
  const std::string out = summary_of(hand_doc("", ""));
  EXPECT_TRUE(out.starts_with("(no id)\n")) << out;
  for (const char* section : {"People (0)\n  (none)\n", "Places (0)\n  (none)\n",
                              "Events (0)\n  (none)\n", "Claims (0)\n  (none)\n"}) {
    EXPECT_NE(out.find(section), std::string::npos) << section;
  }
}

// An article with line breaks, tabs, an ESC sequence and C1 controls inside a claim and names.
Doc hostile_doc() {
  Doc doc = hand_doc(
      "Tom \x1b]0;pwned\x07 said\tthe\nshow \x1b[2J is over \xC2\x9B"
      "31m now.",
      "evil\x1b[31m.txt");
  doc.people = {Person{"Tom\x1b[5m\nBlink", {span_of(doc, "Tom")}, {}, {}}};
  Claim c;
  c.span = ByteSpan{0, static_cast<uint32_t>(doc.text.size())};
  c.type = "breakup\n";
  c.subjects = {EntityRef{EntityKind::kPerson, 0}};
  c.source = ClaimSource{SourceKind::kSocialMedia, "X\r\nY", {}};
  doc.claims = {c};
  return doc;
}

TEST(SummaryWriter, HostileTextCannotReachTheTerminal) {
  const std::string out = summary_of(hostile_doc());
  EXPECT_EQ(out.find('\x1b'), std::string::npos);
  EXPECT_EQ(out.find('\x07'), std::string::npos);
  EXPECT_EQ(out.find('\r'), std::string::npos);
  EXPECT_EQ(out.find('\t'), std::string::npos);
  EXPECT_EQ(out.find("\xC2\x9B"), std::string::npos);
  ASSERT_EQ(claim_lines(out).size(), 1u);
  EXPECT_NE(claim_lines(out)[0].find("said the show"), std::string::npos) << out;
  EXPECT_NE(out.find("Tom\xEF\xBF\xBD[5m Blink"), std::string::npos) << out;
}

TEST(SummaryWriter, ColourOnlyWhenAsked) {
  const std::string plain = summary_of(sample_doc(), false);
  const std::string color = summary_of(sample_doc(), true);
  EXPECT_EQ(plain.find('\x1b'), std::string::npos);
  EXPECT_NE(color.find("\x1b[31mdenied\x1b[0m"), std::string::npos);
  EXPECT_NE(color.find("\x1b[36mattributed\x1b[0m"), std::string::npos);
  EXPECT_NE(color.find("\x1b[33mhedged\x1b[0m"), std::string::npos);
  // Colour adds codes and changes nothing else.
  std::string stripped;
  for (size_t i = 0; i < color.size(); ++i) {
    if (color[i] == '\x1b') {
      i = color.find('m', i);
      continue;
    }
    stripped.push_back(color[i]);
  }
  EXPECT_EQ(stripped, plain);
  // Hostile text under colour: the only ESC bytes are the writer's own SGR codes.
  const std::string hostile = summary_of(hostile_doc(), true);
  for (size_t at = hostile.find('\x1b'); at != std::string::npos;
       at = hostile.find('\x1b', at + 1)) {
    const size_t m = hostile.find('m', at);
    ASSERT_NE(m, std::string::npos);
    const std::string code = hostile.substr(at, m - at + 1);
    EXPECT_TRUE(code == "\x1b[0m" || code == "\x1b[1m" || code == "\x1b[2m" || code == "\x1b[31m" ||
                code == "\x1b[33m" || code == "\x1b[36m")
        << code;
  }
}

TEST(SummaryWriter, LongClaimTextIsShortened) {
  std::string text = "Tom said";
  for (int i = 0; i < 40; ++i) text += " word";
  Doc doc = hand_doc(text);
  Claim c;
  c.span = ByteSpan{0, static_cast<uint32_t>(doc.text.size())};
  c.hedged = true;
  doc.claims = {c};
  const auto claims = claim_lines(summary_of(doc));
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_NE(claims[0].find("\u2026\u201d"), std::string::npos) << claims[0];
  EXPECT_EQ(claims[0].find(text), std::string::npos);
}

// --- Shared text helpers --------------------------------------------------------------------

TEST(ViewText, OneLineCollapsesWhitespaceAndReplacesControls) {
  struct Case {
    std::string input;
    const char* expected;
  };
  const Case cases[] = {
      {"plain", "plain"},
      {"  a \n\n b\t\tc  ", "a b c"},
      {"a\xE2\x80\xA8"
       "b\xC2\xA0"
       "c",
       "a b c"},  // U+2028, NBSP
      {"esc\x1b[2J", "esc\xEF\xBF\xBD[2J"},
      {"c1\xC2\x9B"
       "x",
       "c1\xEF\xBF\xBDx"},
      {std::string("nul\0x", 5), "nul\xEF\xBF\xBDx"},
      {"bad\xFF", "bad\xEF\xBF\xBD"},
      {"cut\xE2\x80", "cut\xEF\xBF\xBD\xEF\xBF\xBD"},
      {"", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(view::one_line(c.input), c.expected) << c.input;
}

TEST(ViewText, ShortenKeepsCharactersWhole) {
  struct Case {
    const char* input;
    size_t max;
    const char* expected;
  };
  const Case cases[] = {
      {"short", 10, "short"},
      {"exactly", 7, "exactly"},
      {"abcdefgh", 3, "abc\u2026"},
      {"ab cdef", 3, "ab\u2026"},  // no space before the ellipsis
      // "e" + combining acute stays together.
      {"ae\xCC\x81z", 2, "ae\xCC\x81\u2026"},
      // A ZWJ family emoji is not split.
      {"a\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7z", 2,
       "a\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7\u2026"},
      // A skin-tone modifier stays with its emoji; a variation selector with its heart.
      {"\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBDxyz", 1, "\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD\u2026"},
      {"\xE2\x9D\xA4\xEF\xB8\x8Fxyz", 1, "\xE2\x9D\xA4\xEF\xB8\x8F\u2026"},
      {"\xC3\xA9\xC3\xA9\xC3\xA9", 2, "\xC3\xA9\xC3\xA9\u2026"},
  };
  for (const Case& c : cases) EXPECT_EQ(view::shorten(c.input, c.max), c.expected) << c.input;
}

TEST(ViewText, ClaimStatusPrefersDenialThenSource) {
  Claim c;
  c.hedged = true;
  EXPECT_EQ(view::claim_status(c), view::ClaimStatus::kHedged);
  c.source.kind = SourceKind::kInsider;
  EXPECT_EQ(view::claim_status(c), view::ClaimStatus::kAttributed);
  c.polarity = Polarity::kDenied;
  EXPECT_EQ(view::claim_status(c), view::ClaimStatus::kDenied);
}

TEST(ViewText, DanglingReferencesShowAQuestionMark) {
  Doc doc = hand_doc("Nobody.");
  EXPECT_EQ(view::entity_name(doc, EntityRef{EntityKind::kPerson, 3}), "?");
  EXPECT_EQ(view::entity_name(doc, EntityRef{EntityKind::kEvent, 0}), "?");
  Claim c;
  c.subjects = {EntityRef{EntityKind::kWork, 7}};
  c.places = {9};
  c.dates = {4};
  doc.claims = {c};
  EXPECT_NE(summary_of(doc).find("  C1  hedged"), std::string::npos);
}

}  // namespace
}  // namespace claimsift

// --- End to end through the claimsift binary (skipped until the CLI has --format summary) --

namespace claimsift {
namespace {

TEST(SummaryCli, ExampleArticleWithoutColourWhenNotATerminal) {
  std::string why;
  if (!testing::cli_has_format("summary", &why)) GTEST_SKIP() << why;
  const testing::RunResult r =
      testing::run_claimsift({"--format", "summary", testing::example_article_path()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.find('\x1b'), std::string::npos) << "stdout is a file here: no colour";
  EXPECT_NE(r.out.find("Published 2025-05-04"), std::string::npos);
  EXPECT_NE(r.out.find("People ("), std::string::npos);
  EXPECT_NE(r.out.find("Claims ("), std::string::npos);
}

TEST(SummaryCli, ColorAlwaysAddsAnsiCodes) {
  std::string why;
  if (!testing::cli_has_format("summary", &why)) GTEST_SKIP() << why;
  const testing::RunResult r = testing::run_claimsift(
      {"--format", "summary", "--color", "always", testing::example_article_path()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\x1b[1m"), std::string::npos);
}

TEST(SummaryCli, HostileStdinCannotReachTheTerminal) {
  std::string why;
  if (!testing::cli_has_format("summary", &why)) GTEST_SKIP() << why;
  const testing::RunResult r =
      testing::run_claimsift({"--format", "summary", "-"}, testing::hostile_article());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.find('\x1b'), std::string::npos);
  EXPECT_EQ(r.out.find('\t'), std::string::npos);
}

}  // namespace
}  // namespace claimsift
