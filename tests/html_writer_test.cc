// Tests of the HTML view (include/claimsift/html_writer.h, src/writer/html_*.cc): escaping of
// hostile text, nesting of overlapping spans, empty documents, offsets next to emoji and
// combining marks, the batch index and page names, and the CSP hash of the page script.
#include "claimsift/html_writer.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "tools/cli_formats.h"
#include "tools/hand_docs.h"
#include "writer/html_assets.h"
#include "writer/html_markup.h"
#include "writer/sha256.h"

namespace claimsift {
namespace {

using testing::hand_doc;
using testing::sample_doc;
using testing::span_of;

std::string page_of(const Doc& doc) {
  std::string out;
  write_document_html(doc, &out);
  return out;
}

size_t count_of(std::string_view haystack, std::string_view needle) {
  size_t n = 0;
  for (size_t at = haystack.find(needle); at != std::string_view::npos;
       at = haystack.find(needle, at + 1)) {
    ++n;
  }
  return n;
}

// The article element's inner HTML.
std::string article_of(const std::string& page) {
  const std::string open = "<article id=\"text\" lang=\"en\">";
  const size_t begin = page.find(open);
  const size_t end = page.find("</article>");
  if (begin == std::string::npos || end == std::string::npos) return "";
  return page.substr(begin + open.size(), end - begin - open.size());
}

// Parses markup made of <span>/<mark> tags and text: whether the tags nest, and the text with
// entities decoded and badge contents left out (what the article says, to compare with
// Doc::text).
struct Parsed {
  bool well_nested = true;
  std::string text;
};
Parsed parse_markup(std::string_view html) {
  Parsed p;
  std::vector<std::string> stack;
  size_t skip_depth = 0;  // > 0 inside a badge
  size_t i = 0;
  while (i < html.size()) {
    if (html[i] == '<') {
      const size_t close = html.find('>', i);
      if (close == std::string_view::npos) return {false, p.text};
      const std::string_view tag = html.substr(i + 1, close - i - 1);
      i = close + 1;
      if (tag.starts_with('/')) {
        if (stack.empty() || stack.back() != tag.substr(1)) return {false, p.text};
        stack.pop_back();
        if (skip_depth > 0 && stack.size() < skip_depth) skip_depth = 0;
      } else {
        const std::string name(tag.substr(0, tag.find(' ')));
        stack.push_back(name);
        if (skip_depth == 0 && tag.find("class=\"badge") != std::string_view::npos) {
          skip_depth = stack.size();
        }
      }
      continue;
    }
    if (html[i] == '&') {
      const size_t semi = html.find(';', i);
      const std::string_view entity = html.substr(i, semi - i + 1);
      i = semi + 1;
      const char c = entity == "&amp;"    ? '&'
                     : entity == "&lt;"   ? '<'
                     : entity == "&gt;"   ? '>'
                     : entity == "&quot;" ? '"'
                     : entity == "&#39;"  ? '\''
                                          : '?';
      if (skip_depth == 0) p.text.push_back(c);
      continue;
    }
    if (skip_depth == 0) p.text.push_back(html[i]);
    ++i;
  }
  p.well_nested = p.well_nested && stack.empty();
  return p;
}

// --- Escaping -------------------------------------------------------------------------------

struct EscapeCase {
  const char* input;
  const char* expected;
};

TEST(HtmlEscape, EscapesMarkupCharactersAndReplacesControls) {
  const EscapeCase cases[] = {
      {"plain text", "plain text"},
      {"<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"},
      {"Tom & Ana", "Tom &amp; Ana"},
      {"\"quoted\" and 'single'", "&quot;quoted&quot; and &#39;single&#39;"},
      {"&amp; already", "&amp;amp; already"},
      {"tab\tnew\nline", "tab\tnew\nline"},
      {std::string_view("nul\0byte", 8).data(), "nul"},  // stops at the NUL as a C string
      {"esc\x1b[31m", "esc\xEF\xBF\xBD[31m"},
      {"bad \xff byte", "bad \xEF\xBF\xBD byte"},
      {"caf\xC3\xA9 \xF0\x9F\x98\x80", "caf\xC3\xA9 \xF0\x9F\x98\x80"},
  };
  for (const EscapeCase& c : cases) {
    std::string out;
    append_html_escaped(c.input, &out);
    EXPECT_EQ(out, c.expected) << c.input;
  }
  std::string out;
  append_html_escaped(std::string_view("a\0b", 3), &out);
  EXPECT_EQ(out,
            "a\xEF\xBF\xBD"
            "b");
}

TEST(HtmlWriter, HostileArticleTextIsShownAsText) {
  Doc doc = hand_doc(
      "Tom <script>document.title='pwned'</script> & \"Ana\" <img src=x onerror=alert(1)> "
      "</article><b>bold</b>",
      "</title><script>alert('id')</script>");
  doc.people = {Person{"<b>Tom</b>", {span_of(doc, "Tom")}, {}, {}}};
  const std::string page = page_of(doc);
  EXPECT_EQ(count_of(page, "<script"), 1u) << "only the page's own script";
  EXPECT_EQ(count_of(page, "<img"), 0u);
  EXPECT_EQ(count_of(page, "<b>"), 0u);
  EXPECT_EQ(count_of(page, "</article>"), 1u);
  EXPECT_NE(page.find("&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;"),
            std::string::npos);
  EXPECT_NE(page.find("<title>&lt;/title&gt;&lt;script&gt;"), std::string::npos);
  EXPECT_NE(page.find("&lt;b&gt;Tom&lt;/b&gt;"), std::string::npos);
  const Parsed parsed = parse_markup(article_of(page));
  EXPECT_TRUE(parsed.well_nested);
  EXPECT_EQ(parsed.text, doc.text);
}

TEST(HtmlWriter, AttributeValuesAreEscaped) {
  Doc doc = hand_doc("On the day it was over.");
  doc.timexes = {Timex{span_of(doc, "the day"), TimexType::kDate, "\" onmouseover=\"alert(1)"}};
  const std::string page = page_of(doc);
  EXPECT_EQ(page.find("onmouseover=\"alert"), std::string::npos);
  EXPECT_NE(page.find("data-value=\"&quot; onmouseover=&quot;alert(1)\""), std::string::npos);
}

// --- Nesting --------------------------------------------------------------------------------

struct NestCase {
  const char* name;
  std::vector<view::HtmlSpan> spans;
  const char* expected;
};

view::HtmlSpan tag(uint32_t begin, uint32_t end, char name, int rank = 0) {
  const std::string n(1, name);
  return view::HtmlSpan{begin, end, rank, "<" + n + ">", "<" + n + "+>", "</" + n + ">"};
}

TEST(HtmlMarkup, NestsOverlappingSpansFromBoundaries) {
  const NestCase cases[] = {
      {"none", {}, "abcdef"},
      {"one", {tag(1, 3, 'a')}, "a<a>bc</a>def"},
      {"inside", {tag(0, 6, 'a'), tag(2, 4, 'b')}, "<a>ab<b>cd</b>ef</a>"},
      {"inner given first", {tag(2, 4, 'b'), tag(0, 6, 'a')}, "<a>ab<b>cd</b>ef</a>"},
      {"crossing", {tag(0, 4, 'a'), tag(2, 6, 'b')}, "<a>ab<b>cd</b></a><b+>ef</b>"},
      {"same extent by rank", {tag(1, 3, 'e', 5), tag(1, 3, 'c', 1)}, "a<c><e>bc</e></c>def"},
      {"shared start", {tag(0, 2, 'e'), tag(0, 6, 'c')}, "<c><e>ab</e>cdef</c>"},
      {"shared end", {tag(4, 6, 'e'), tag(0, 6, 'c')}, "<c>abcd<e>ef</e></c>"},
      {"adjacent", {tag(0, 2, 'a'), tag(2, 4, 'b')}, "<a>ab</a><b>cd</b>ef"},
      {"three crossing",
       {tag(0, 3, 'a'), tag(1, 5, 'b'), tag(2, 6, 'c')},
       "<a>a<b>b<c>c</c></b></a><c+><b+>de</b>f</c>"},
      {"duplicate dropped", {tag(1, 3, 'a'), tag(1, 3, 'a')}, "a<a>bc</a>def"},
      {"empty and out of range dropped", {tag(2, 2, 'a'), tag(4, 9, 'b')}, "abcdef"},
  };
  for (const NestCase& c : cases) {
    std::string out;
    view::append_nested_markup("abcdef", c.spans, &out);
    EXPECT_EQ(out, c.expected) << c.name;
  }
}

TEST(HtmlWriter, ClaimContainingEntitiesNestsAndKeepsTheText) {
  const Doc doc = sample_doc();
  const std::string page = page_of(doc);
  const Parsed parsed = parse_markup(article_of(page));
  EXPECT_TRUE(parsed.well_nested);
  EXPECT_EQ(parsed.text, doc.text);
  // The celebration claim opens before the outlet it contains and carries its cue.
  const size_t claim = page.find("<span id=\"C1\" class=\"claim attributed\"");
  ASSERT_NE(claim, std::string::npos);
  EXPECT_LT(claim, page.find("<span class=\"cue\">reportedly</span>"));
  EXPECT_LT(page.find("<span class=\"cue\">reportedly</span>"),
            page.find("<span class=\"src\"><mark class=\"ent org\""));
  EXPECT_NE(page.find("<span id=\"C2\" class=\"claim denied\""), std::string::npos);
  EXPECT_NE(page.find("<span id=\"C3\" class=\"claim hedged\""), std::string::npos);
}

TEST(HtmlWriter, CrossingClaimAndEntityAreSplitIntoFragments) {
  Doc doc = hand_doc("Fans saw Tom Cruise today.");
  doc.people = {Person{"Tom Cruise", {span_of(doc, "Tom Cruise")}, {}, {}}};
  Claim c;
  c.span = span_of(doc, "Fans saw Tom");  // ends inside the person mention
  c.hedged = true;
  doc.claims = {c};
  const std::string page = page_of(doc);
  const Parsed parsed = parse_markup(article_of(page));
  EXPECT_TRUE(parsed.well_nested);
  EXPECT_EQ(parsed.text, doc.text);
  EXPECT_EQ(count_of(page, "data-ent=\"P1\""), 2u) << "the mention is split in two fragments";
}

TEST(HtmlWriter, InvalidSpansAreSkipped) {
  Doc doc = hand_doc("Zo\xC3\xAB met Tom.");
  doc.people = {Person{"Zoe", {ByteSpan{0, 3}}, {}, {}},  // ends inside "ë"
                Person{"Tom", {ByteSpan{9, 400}}, {}, {}}, Person{"Tom", {ByteSpan{8, 4}}, {}, {}}};
  const std::string page = page_of(doc);
  EXPECT_EQ(count_of(page, "class=\"ent person\" data-ent"), 0u);
  const Parsed parsed = parse_markup(article_of(page));
  EXPECT_TRUE(parsed.well_nested);
  EXPECT_EQ(parsed.text, doc.text);
}

// --- Offsets next to emoji and combining marks ------------------------------------------------

TEST(HtmlWriter, MarksTheRightTextAfterEmojiAndCombiningMarks) {
  const char* texts[] = {
      "\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7 Tom met Ana.",
      "Beyonce\xCC\x81 and Zoe\xCC\x88 saw Tom with Ana.",
      "\xF0\x9F\x87\xAC\xF0\x9F\x87\xA7 \xE2\x9D\xA4\xEF\xB8\x8F Tom "
      "\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD Ana",
  };
  for (const char* text : texts) {
    Doc doc = hand_doc(text);
    doc.people = {Person{"Tom", {span_of(doc, "Tom")}, {}, {}},
                  Person{"Ana", {span_of(doc, "Ana")}, {}, {}}};
    const std::string page = page_of(doc);
    EXPECT_NE(page.find("data-tip=\"Person: Tom\">Tom</mark>"), std::string::npos) << text;
    EXPECT_NE(page.find("data-tip=\"Person: Ana\">Ana</mark>"), std::string::npos) << text;
    EXPECT_EQ(parse_markup(article_of(page)).text, doc.text) << text;
  }
}

// --- Documents with little or nothing ---------------------------------------------------------

TEST(HtmlWriter, EmptyDocumentGivesACompletePage) {
  for (const char* text : {"", "   \n\n", "date 2025-05-04\n"}) {
    const Doc doc = hand_doc(text, "");
    const std::string page = page_of(doc);
    EXPECT_TRUE(page.starts_with("<!DOCTYPE html>")) << text;
    EXPECT_TRUE(page.ends_with("</html>\n")) << text;
    EXPECT_NE(page.find("No people found."), std::string::npos) << text;
    EXPECT_NE(page.find("No claims found."), std::string::npos) << text;
    EXPECT_NE(page.find("No dated events."), std::string::npos) << text;
    EXPECT_TRUE(parse_markup(article_of(page)).well_nested) << text;
  }
}

// --- The side panel ---------------------------------------------------------------------------

TEST(HtmlWriter, PanelListsPeopleTimelineAndClaimsByPerson) {
  const std::string page = page_of(sample_doc());
  EXPECT_NE(page.find("data-person=\"P1\" aria-pressed=\"false\"><span class=\"name\">Tom Cruise"
                      "</span><span class=\"meta\">, age 62 \u00b7 2 mentions</span>"
                      "<span class=\"desc\">Star</span>"),
            std::string::npos);
  // Timeline: the ISO date before the underspecified one.
  const size_t iso = page.find("<li><time>2025-04-29</time>");
  const size_t open = page.find("<li><time>XXXX-04-30</time>");
  ASSERT_NE(iso, std::string::npos);
  ASSERT_NE(open, std::string::npos);
  EXPECT_LT(iso, open);
  // Claims: the two-person group before the one-person group? Groups follow the first person.
  EXPECT_NE(page.find("<h3>Tom Cruise &amp; Ana de Armas</h3>"), std::string::npos);
  EXPECT_NE(page.find("<h3>Ana de Armas</h3>"), std::string::npos);
  EXPECT_EQ(count_of(page, "<a href=\"#C1\">"), 1u) << "each claim is listed once";
  // Details for the tooltip and aria-describedby.
  EXPECT_NE(page.find("<div id=\"cd-C1\"><strong>C1: attributed claim</strong>"),
            std::string::npos);
  EXPECT_NE(page.find("<dt>Dates</dt><dd>XXXX-04-30 (her birthday)</dd>"), std::string::npos);
  EXPECT_NE(page.find("aria-describedby=\"cd-C2\""), std::string::npos);
}

TEST(HtmlWriter, OutputIsDeterministic) { EXPECT_EQ(page_of(sample_doc()), page_of(sample_doc())); }

// --- Content-Security-Policy ------------------------------------------------------------------

TEST(Sha256, MatchesKnownVectors) {
  struct Case {
    std::string input;
    const char* base64;
  };
  const Case cases[] = {
      {"", "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="},
      {"abc", "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0="},
      {std::string(1000, 'a'), "Qe3s5C1j6Nm/UVqbppMuHCDLyfWl0TRkWttdsblzfqM="},
      // Padding edges: the length fits in the last block, just does not, one whole block.
      {std::string(55, 'x'), "1eKFaDzU78AtAhpcYgFGlJWJAQBdb3HongmJ+sd+QHI="},
      {std::string(56, 'x'), "BMJiYTcO51QVSdFt7jIMcj4/0UZx5moJmv4KN3wWiI4="},
      {std::string(64, 'x'), "fOEAlx9k5wAej+WlGXPs3+HO1Cvv5+6NX9YhlQa1OTw="},
  };
  for (const Case& c : cases) {
    const auto digest = view::sha256(c.input);
    EXPECT_EQ(view::base64(digest.data(), digest.size()), c.base64) << c.input.size();
  }
}

TEST(HtmlWriter, PageAllowsOnlyItsOwnScriptByHash) {
  const std::string page = page_of(sample_doc());
  const auto digest = view::sha256(view::html_script());
  const std::string hash = "'sha256-" + view::base64(digest.data(), digest.size()) + "'";
  EXPECT_NE(page.find("script-src " + hash), std::string::npos);
  EXPECT_NE(page.find("default-src 'none'"), std::string::npos);
  EXPECT_NE(page.find("<script>" + std::string(view::html_script()) + "</script>"),
            std::string::npos);
  EXPECT_EQ(page.find("http://"), std::string::npos) << "no network";
  EXPECT_EQ(page.find("https://"), std::string::npos) << "no network";
}

// --- The batch index --------------------------------------------------------------------------

TEST(HtmlIndex, CountsClaimsByStatusFlag) {
  const HtmlIndexEntry e = html_index_entry(sample_doc(), "0001-sample.html");
  EXPECT_EQ(e.id, "sample.txt");
  EXPECT_EQ(e.date, "2025-05-04");
  EXPECT_EQ(e.people, 2u);
  EXPECT_EQ(e.claims, 3u);
  EXPECT_EQ(e.hedged, 2u);
  EXPECT_EQ(e.attributed, 2u);
  EXPECT_EQ(e.denied, 1u);
}

TEST(HtmlIndex, ListsDocumentsWithTotalsAndEscapes) {
  std::vector<HtmlIndexEntry> entries = {html_index_entry(sample_doc(), "0001-sample.html")};
  HtmlIndexEntry hostile;
  hostile.id = "<script>alert(1)</script>.txt";
  hostile.href = "0002-x.html\" onclick=\"alert(1)";
  hostile.people = 4;
  entries.push_back(hostile);
  HtmlIndexEntry failed;
  failed.id = "broken.bin";
  failed.error = "binary file <detected>";
  entries.push_back(failed);
  std::string out;
  write_html_index(entries, &out);
  EXPECT_EQ(count_of(out, "<script"), 0u);
  EXPECT_NE(out.find("<a href=\"0001-sample.html\">sample.txt</a>"), std::string::npos);
  EXPECT_NE(out.find("&lt;script&gt;alert(1)&lt;/script&gt;.txt"), std::string::npos);
  EXPECT_NE(out.find("href=\"0002-x.html%22%20onclick%3D%22alert%281%29\""), std::string::npos);
  EXPECT_NE(out.find("Failed: binary file &lt;detected&gt;"), std::string::npos);
  EXPECT_NE(out.find("<td>Total</td><td></td><td class=\"n\">6</td><td class=\"n\">3</td>"),
            std::string::npos);
  EXPECT_NE(out.find("script-src 'none'"), std::string::npos);
}

TEST(HtmlIndex, LinksArePercentEncodedFilePaths) {
  struct Case {
    const char* href;
    const char* expected;
  };
  const Case cases[] = {
      {"0001-a.html", "href=\"0001-a.html\""},
      {"sub/dir/a b.html", "href=\"sub/dir/a%20b.html\""},
      {"a#b?c%d.html", "href=\"a%23b%3Fc%25d.html\""},
      {"caf\xC3\xA9.html", "href=\"caf%C3%A9.html\""},
      {"x&y'z.html", "href=\"x%26y%27z.html\""},
  };
  for (const Case& c : cases) {
    HtmlIndexEntry e;
    e.id = "doc";
    e.href = c.href;
    std::string out;
    write_html_index({e}, &out);
    EXPECT_NE(out.find(c.expected), std::string::npos) << c.href;
  }
}

TEST(HtmlIndex, PageNamesAreSafeAndUnique) {
  struct Case {
    const char* id;
    size_t ordinal;
    const char* expected;
  };
  const Case cases[] = {
      {"data/examples/cruise_de_armas.txt", 0, "0001-cruise_de_armas.html"},
      {"../../etc/passwd", 1, "0002-passwd.html"},
      {"C:\\docs\\story.txt", 2, "0003-story.html"},
      {"x y<z>&\"q\".txt", 9, "0010-x_y_z___q_.html"},
      {"", 0, "0001-document.html"},
      {".hidden", 0, "0001-.hidden.html"},
      {"caf\xC3\xA9.txt", 0, "0001-caf__.html"},
      {"dir/", 0, "0001-document.html"},
  };
  for (const Case& c : cases) EXPECT_EQ(html_page_name(c.id, c.ordinal), c.expected) << c.id;
  EXPECT_EQ(html_page_name(std::string(300, 'a'), 0).size(), 5u + 80u + 5u);
}

}  // namespace
}  // namespace claimsift

// --- End to end through the claimsift binary (skipped until the CLI has --format html) -----

namespace claimsift {
namespace {

TEST(HtmlCli, ExampleArticlePageOnStdout) {
  std::string why;
  if (!testing::cli_has_format("html", &why)) GTEST_SKIP() << why;
  const testing::RunResult r =
      testing::run_claimsift({"--format", "html", testing::example_article_path()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(r.out.starts_with("<!DOCTYPE html>"));
  EXPECT_TRUE(r.out.ends_with("</html>\n"));
  EXPECT_EQ(count_of(r.out, "<!DOCTYPE html>"), 1u);
  EXPECT_GT(count_of(r.out, "class=\"ent person\""), 0u);
  EXPECT_TRUE(parse_markup(article_of(r.out)).well_nested);
}

TEST(HtmlCli, HostileStdinShowsScriptAsText) {
  std::string why;
  if (!testing::cli_has_format("html", &why)) GTEST_SKIP() << why;
  const testing::RunResult r =
      testing::run_claimsift({"--format", "html", "-"}, testing::hostile_article());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(count_of(r.out, "<script"), 1u);
  EXPECT_EQ(count_of(r.out, "<img"), 0u);
  EXPECT_NE(r.out.find("&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;"),
            std::string::npos);
  const Parsed parsed = parse_markup(article_of(r.out));
  EXPECT_TRUE(parsed.well_nested);
  EXPECT_EQ(parsed.text.find('\x1b'), std::string::npos);  // replaced by U+FFFD
}

TEST(HtmlCli, OutputDirGetsOnePagePerDocumentAndAnIndex) {
  std::string why;
  if (!testing::cli_has_format("html", &why)) GTEST_SKIP() << why;
  testing::TempDir dir;
  const std::string a = dir.write("in/a.txt", testing::hostile_article());
  const std::string b = dir.write("in/b#2.txt", "Tom Cruise smiled in London.");
  const testing::RunResult r =
      testing::run_claimsift({"--format", "html", "--output-dir", dir.path() + "/out", a, b,
                              testing::example_article_path()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string index = testing::read_file(dir.path() + "/out/index.html");
  ASSERT_TRUE(index.starts_with("<!DOCTYPE html>")) << index;
  size_t pages = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir.path() + "/out")) {
    if (entry.path().extension() == ".html" && entry.path().filename() != "index.html") ++pages;
  }
  EXPECT_EQ(pages, 3u);
  EXPECT_EQ(count_of(index, "<tr><th scope=\"row\"><a href="), 3u) << index;
}

}  // namespace
}  // namespace claimsift
