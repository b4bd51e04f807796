// Tests of the claims table (include/claimsift/tsv_writer.h): the header, one row per claim
// with every column, escaping that keeps each row on one line, and a round trip through a real
// TSV reader (pandas when installed, else Python's csv module).
#include "claimsift/tsv_writer.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "tools/cli_formats.h"
#include "tools/hand_docs.h"

namespace claimsift {
namespace {

using testing::hand_doc;
using testing::sample_doc;
using testing::span_of;

std::vector<std::string> split(std::string_view s, char sep) {
  std::vector<std::string> parts;
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == sep) {
      parts.emplace_back(s.substr(start, i - start));
      start = i + 1;
    }
  }
  return parts;
}

std::vector<std::string> lines_of(const std::string& out) {
  std::vector<std::string> lines = split(out, '\n');
  if (!lines.empty() && lines.back().empty()) lines.pop_back();
  return lines;
}

// A document whose claim text and names hold every character that could break a row.
Doc hostile_doc() {
  Doc doc = hand_doc(
      "Tom\tsaid \"it's over\" \\ then\nleft; Ana said =SUM(A1) <script>x</script> & more.\r\n"
      "\"Quoted start\" she said.");
  Person tom;
  tom.name = "Tom\t\"T\"";
  tom.mentions = {span_of(doc, "Tom")};
  doc.people = {tom};
  Claim c;
  c.span = span_of(
      doc, "said \"it's over\" \\ then\nleft; Ana said =SUM(A1) <script>x</script> & more.");
  c.type = "breakup";
  c.subjects = {EntityRef{EntityKind::kPerson, 0}};
  c.hedged = true;
  c.cues = {span_of(doc, "said"), span_of(doc, "\\ then\nleft")};
  c.source = ClaimSource{SourceKind::kNamedPerson, "Tom\nT", span_of(doc, "Tom")};
  Claim q;
  q.span = span_of(doc, "\"Quoted start\" she said.");
  q.type = "other";
  doc.claims = {c, q};
  return doc;
}

TEST(TsvWriter, HeaderNamesTheThirteenColumns) {
  std::string out;
  write_claims_tsv_header(&out);
  EXPECT_EQ(out,
            "doc_id\tclaim_id\ttype\tsubjects\thedged\tcues\tsource_kind\tsource_name\tpolarity\t"
            "certainty\tdates\tplaces\ttext\n");
}

TEST(TsvWriter, OneRowPerClaimWithEveryColumn) {
  std::string out;
  write_claims_tsv(sample_doc(), &out);
  const auto lines = lines_of(out);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(split(lines[0], '\t'),
            (std::vector<std::string>{"sample.txt", "C1", "celebration", "Tom Cruise; Ana de Armas",
                                      "true", "reportedly", "outlet", "People", "affirmed",
                                      "probable", "XXXX-04-30", "",
                                      "The pair reportedly celebrated her birthday, per People"}));
  EXPECT_EQ(split(lines[1], '\t'),
            (std::vector<std::string>{"sample.txt", "C2", "romance", "Tom Cruise; Ana de Armas",
                                      "false", "denied", "named_person", "Tom Cruise", "denied",
                                      "certain", "", "", "Cruise denied dating de Armas"}));
  EXPECT_EQ(split(lines[2], '\t')[10], "2025-04-29");
  EXPECT_EQ(split(lines[2], '\t')[11], "London");
}

TEST(TsvWriter, DocumentWithoutClaimsWritesNoRows) {
  std::string out;
  write_claims_tsv(hand_doc(""), &out);
  write_claims_tsv(hand_doc("Nothing is claimed here."), &out);
  EXPECT_EQ(out, "");
}

TEST(TsvField, EscapesSoEveryRowStaysOneLine) {
  struct Case {
    std::string input;
    const char* expected;
  };
  const Case cases[] = {
      {"plain", "plain"},
      {"", ""},
      {"a\tb", "a\\tb"},
      {"a\nb", "a\\nb"},
      {"a\r\nb", "a\\r\\nb"},
      {"back\\slash", "back\\\\slash"},
      {"\\t literally", "\\\\t literally"},
      {"say \"hi\"", "\"say \"\"hi\"\"\""},
      {"\"", "\"\"\"\""},
      {"q\"\tt", "\"q\"\"\\tt\""},
      {std::string("nul\0", 4), "nul\\x00"},
      {"esc\x1b[0m", "esc\\x1b[0m"},
      {"caf\xC3\xA9 \xF0\x9F\x98\x80", "caf\xC3\xA9 \xF0\x9F\x98\x80"},
  };
  for (const Case& c : cases) {
    std::string out;
    append_tsv_field(c.input, &out);
    EXPECT_EQ(out, c.expected) << c.input;
    EXPECT_EQ(out.find_first_of("\t\n\r"), std::string::npos) << c.input;
  }
}

TEST(TsvWriter, HostileTextKeepsRowsAndColumns) {
  std::string out;
  write_claims_tsv_header(&out);
  write_claims_tsv(hostile_doc(), &out);
  const auto lines = lines_of(out);
  ASSERT_EQ(lines.size(), 3u);
  for (const std::string& line : lines) EXPECT_EQ(split(line, '\t').size(), 13u) << line;
}

// Runs Python on `script` with `arg`; returns its stdout, or nullopt when there is no Python.
// Debian's interpreter first (where apt's python3-pandas lives), then python3 on the PATH.
std::optional<std::string> run_python(const std::string& script, const std::string& arg) {
  std::string python = "/usr/bin/python3";
  if (std::system("/usr/bin/python3 -c 'pass' >/dev/null 2>&1") != 0) python = "python3";
  if (std::system((python + " -c 'pass' >/dev/null 2>&1").c_str()) != 0) return std::nullopt;
  testing::TempDir dir;
  const std::string script_path = dir.write("read.py", script);
  const std::string out_path = dir.path() + "/out.txt";
  const std::string cmd = python + " '" + script_path + "' '" + arg + "' > '" + out_path + "'";
  if (std::system(cmd.c_str()) != 0) return std::string("python failed");
  return testing::read_file(out_path);
}

// Reads the TSV with pandas.read_csv(sep="\t") when pandas is there, else csv.reader with
// delimiter "\t" (same quoting rules), undoes the backslash escapes, and prints
// {"reader", "header", "rows"} as JSON.
constexpr const char* kReader = R"PY(
import sys
path = sys.argv[1]
def unescape(s):
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c == '\\' and i + 1 < len(s):
            n = s[i + 1]
            if n == 'x':
                out.append(chr(int(s[i + 2:i + 4], 16))); i += 4; continue
            out.append({'t': '\t', 'n': '\n', 'r': '\r', '\\': '\\'}.get(n, n)); i += 2; continue
        out.append(c); i += 1
    return ''.join(out)
try:
    import pandas
    # Default options first: the file must open cleanly as it is.
    default = pandas.read_csv(path, sep='\t')
    assert default.shape[1] == 13, default.shape
    frame = pandas.read_csv(path, sep='\t', dtype=str, keep_default_na=False)
    header = list(frame.columns)
    rows = frame.values.tolist()
    reader = 'pandas'
except ImportError:
    import csv
    with open(path, newline='', encoding='utf-8') as f:
        all_rows = list(csv.reader(f, delimiter='\t'))
    header, rows = all_rows[0], all_rows[1:]
    reader = 'csv'
import json
print(json.dumps({'reader': reader, 'header': header,
                  'rows': [[unescape(x) for x in row] for row in rows]}))
)PY";

TEST(TsvWriter, RoundTripsThroughAPythonTsvReader) {
  const Doc doc = hostile_doc();
  std::string out;
  write_claims_tsv_header(&out);
  write_claims_tsv(doc, &out);
  write_claims_tsv(sample_doc(), &out);
  testing::TempDir dir;
  const std::string path = dir.write("claims.tsv", out);
  const auto result = run_python(kReader, path);
  if (!result) GTEST_SKIP() << "python3 not found";
  const nlohmann::json parsed = nlohmann::json::parse(*result, nullptr, false);
  ASSERT_FALSE(parsed.is_discarded()) << *result;
  SCOPED_TRACE("read with " + parsed["reader"].get<std::string>());
  std::printf("TSV read back with %s\n", parsed["reader"].get<std::string>().c_str());
  ASSERT_EQ(parsed["header"].size(), 13u);
  EXPECT_EQ(parsed["header"][12], "text");
  const nlohmann::json& rows = parsed["rows"];
  ASSERT_EQ(rows.size(), 5u) << *result;
  for (const auto& row : rows) EXPECT_EQ(row.size(), 13u) << row.dump();
  const nlohmann::json& first = rows[0];
  EXPECT_EQ(first[1], "C1");
  EXPECT_EQ(first[3], "Tom\t\"T\"");
  EXPECT_EQ(first[4], "true");
  EXPECT_EQ(first[5], "said; \\ then\nleft");
  EXPECT_EQ(first[7], "Tom\nT");
  EXPECT_EQ(first[12], std::string(doc.slice(doc.claims[0].span)));
  EXPECT_EQ(rows[1][12], "\"Quoted start\" she said.");
  EXPECT_EQ(rows[4][11], "London");
}

}  // namespace
}  // namespace claimsift

// --- End to end through the claimsift binary (skipped until the CLI has --format tsv) ------

namespace claimsift {
namespace {

TEST(TsvCli, OneHeaderPerRunThenOneLinePerClaim) {
  std::string why;
  if (!testing::cli_has_format("tsv", &why)) GTEST_SKIP() << why;
  testing::TempDir dir;
  const std::string hostile = dir.write("hostile.txt", testing::hostile_article());
  const testing::RunResult r =
      testing::run_claimsift({"--format", "tsv", testing::example_article_path(), hostile});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto lines = lines_of(r.out);
  ASSERT_GE(lines.size(), 2u) << r.out;
  size_t headers = 0;
  for (const std::string& line : lines) {
    headers += line.starts_with("doc_id\t");
    EXPECT_EQ(split(line, '\t').size(), 13u) << line;
  }
  EXPECT_EQ(headers, 1u);
  EXPECT_TRUE(lines[0].starts_with("doc_id\tclaim_id\t"));
  // The example article's rows are the ones the library writes for it.
  Doc doc;
  const std::string path = testing::example_article_path();
  ASSERT_TRUE(testing::default_pipeline().process(path, testing::read_file(path), {}, &doc).ok());
  std::string expected;
  write_claims_tsv(doc, &expected);
  EXPECT_NE(r.out.find(expected), std::string::npos) << expected;
}

}  // namespace
}  // namespace claimsift
