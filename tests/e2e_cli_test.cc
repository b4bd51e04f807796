// End to end: the claimsift binary on every input path and every bad input of issue 2, each run
// in a fresh temporary folder, checking decoded JSON field by field, stderr and the exit code.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "testing/test_util.h"

namespace claimsift {
namespace {

using nlohmann::json;
using testing::LiveClaimsift;
using testing::RunOptions;
using testing::RunResult;
using testing::TempDir;
using testing::run_claimsift;
using testing::run_claimsift_with;
using testing::slice_code_points;

// Every line of JSON Lines output, decoded (a line that is not JSON fails the test).
std::vector<json> records(const std::string& out) {
  std::vector<json> result;
  size_t start = 0;
  while (start < out.size()) {
    size_t nl = out.find('\n', start);
    if (nl == std::string::npos) nl = out.size();
    const std::string line = out.substr(start, nl - start);
    json j = json::parse(line, nullptr, false);
    EXPECT_FALSE(j.is_discarded()) << "not JSON: " << line;
    result.push_back(std::move(j));
    start = nl + 1;
  }
  return result;
}

std::vector<std::string> ids(const std::vector<json>& recs) {
  std::vector<std::string> out;
  for (const json& r : recs) out.push_back(r.value("id", "?"));
  return out;
}

size_t count_lines(const std::string& s) { return std::count(s.begin(), s.end(), '\n'); }

// The fields every document record has.
void expect_document(const json& r) {
  EXPECT_EQ(r["schema"], "claimsift/1");
  EXPECT_FALSE(r.contains("error")) << r.dump();
  for (const char* list : {"sentences", "people", "places", "organizations", "works", "dates",
                           "events", "claims", "warnings"}) {
    EXPECT_TRUE(r[list].is_array()) << list;
  }
  EXPECT_TRUE(r["text_length"].is_number_integer());
  EXPECT_TRUE(r.contains("document_date"));
  EXPECT_TRUE(r.contains("document_date_source"));
}

void expect_error(const json& r, const std::string& id, const std::string& code) {
  EXPECT_EQ(r["schema"], "claimsift/1");
  EXPECT_EQ(r["id"], id);
  ASSERT_TRUE(r.contains("error")) << r.dump();
  EXPECT_EQ(r["error"]["code"], code) << r.dump();
  EXPECT_TRUE(r["error"]["message"].is_string());
  EXPECT_FALSE(r.contains("sentences"));
}

// Every object with start, end and text slices back to its text in `input` (code points), and
// every start/end pair lies in [0, text_length].
void expect_spans_slice_back(const json& j, const std::string& input, long text_length,
                             int* checked) {
  if (j.is_object()) {
    if (j.contains("start") && j.contains("end")) {
      const long start = j["start"], end = j["end"];
      EXPECT_LE(0, start);
      EXPECT_LE(start, end);
      EXPECT_LE(end, text_length);
      if (j.contains("text") && j["text"].is_string()) {
        EXPECT_EQ(slice_code_points(input, start, end), j["text"].get<std::string>())
            << j.dump();
        ++*checked;
      }
    }
    for (const auto& item : j.items()) expect_spans_slice_back(item.value(), input, text_length, checked);
  } else if (j.is_array()) {
    for (const json& item : j) expect_spans_slice_back(item, input, text_length, checked);
  }
}

std::string testdata(const std::string& name) {
  return std::string(CLAIMSIFT_TESTDATA_DIR) + "/" + name;
}

constexpr const char* kArticle = "Tom Cruise was seen in London. He smiled at fans.\n";

// ---- One document -----------------------------------------------------------------------

TEST(Cli, OneFileGivesOneIndentedObject) {
  TempDir dir;
  const std::string path = dir.write("a.txt", kArticle);
  const RunResult r = run_claimsift({path});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.err, "");
  EXPECT_NE(r.out.find("\n  \"schema\": \"claimsift/1\""), std::string::npos) << r.out;
  const json j = json::parse(r.out);
  expect_document(j);
  EXPECT_EQ(j["id"], path);
  EXPECT_EQ(j["text_length"], 50);
  EXPECT_EQ(j["sentences"].size(), 2u);
  EXPECT_TRUE(j["document_date"].is_null());
  EXPECT_TRUE(j["document_date_source"].is_null());
}

TEST(Cli, CompactGivesOneLine) {
  TempDir dir;
  const RunResult r = run_claimsift({"--compact", dir.write("a.txt", kArticle)});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(count_lines(r.out), 1u);
  expect_document(json::parse(r.out));
}

TEST(Cli, PipedStdinWithoutPathIsOneDocument) {
  const RunResult r = run_claimsift({}, std::string(kArticle));
  EXPECT_EQ(r.exit_code, 0);
  const json j = json::parse(r.out);
  expect_document(j);
  EXPECT_EQ(j["id"], "<stdin>");
  EXPECT_EQ(j["sentences"].size(), 2u);
}

TEST(Cli, DashReadsStdin) {
  const RunResult r = run_claimsift({"-"}, std::string(kArticle));
  EXPECT_EQ(r.exit_code, 0);
  const json j = json::parse(r.out);
  EXPECT_EQ(j["id"], "<stdin>");
  EXPECT_EQ(j["text_length"], 50);
}

TEST(Cli, NoPathWithTerminalStdinPrintsUsageAndExits2) {
  RunOptions options;
  options.stdin_tty = true;
  const RunResult r = run_claimsift_with({}, options);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find("Usage: claimsift"), std::string::npos) << r.err;
}

// ---- Several inputs ---------------------------------------------------------------------

TEST(Cli, SeveralFilesGiveJsonLinesInCommandLineOrder) {
  TempDir dir;
  const std::string a = dir.write("a.txt", "First file.");
  const std::string b = dir.write("b.txt", "Second file.");
  const RunResult r = run_claimsift({b, a});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(count_lines(r.out), 2u);
  const auto recs = records(r.out);
  EXPECT_EQ(ids(recs), (std::vector<std::string>{b, a}));
  for (const json& rec : recs) expect_document(rec);
}

TEST(Cli, FolderIsWalkedRecursivelyInSortedOrder) {
  TempDir dir;
  dir.write("corpus/b.txt", "B.");
  dir.write("corpus/a/z.txt", "Z.");
  dir.write("corpus/a.txt", "A.");
  dir.write("corpus/c/d/e.md", "E.");
  dir.write("corpus/c/notes.text", "N.");
  dir.write("corpus/x.csv", "not read");
  dir.write("corpus/README", "not read");
  const RunResult r = run_claimsift({"corpus"}, std::nullopt, dir.path());
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(ids(records(r.out)),
            (std::vector<std::string>{"corpus/a/z.txt", "corpus/a.txt", "corpus/b.txt",
                                      "corpus/c/d/e.md", "corpus/c/notes.text"}));
}

TEST(Cli, OneFolderIsJsonLinesEvenWithOneFile) {
  TempDir dir;
  dir.write("corpus/a.txt", "A.");
  const RunResult r = run_claimsift({"corpus/"}, std::nullopt, dir.path());
  EXPECT_EQ(count_lines(r.out), 1u);
  EXPECT_EQ(ids(records(r.out)), (std::vector<std::string>{"corpus/a.txt"}));
}

TEST(Cli, HiddenFilesAndFoldersAreSkippedUnlessAsked) {
  TempDir dir;
  dir.write("c/.hidden.txt", "H.");
  dir.write("c/.git/x.txt", "G.");
  dir.write("c/seen.txt", "S.");
  RunResult r = run_claimsift({"c"}, std::nullopt, dir.path());
  EXPECT_EQ(ids(records(r.out)), (std::vector<std::string>{"c/seen.txt"}));
  r = run_claimsift({"--hidden", "c"}, std::nullopt, dir.path());
  EXPECT_EQ(ids(records(r.out)),
            (std::vector<std::string>{"c/.git/x.txt", "c/.hidden.txt", "c/seen.txt"}));
}

TEST(Cli, FileNamedOnTheCommandLineIsAlwaysRead) {
  TempDir dir;
  dir.write(".hidden.csv", "Named files are read whatever their name.");
  const RunResult r = run_claimsift({".hidden.csv"}, std::nullopt, dir.path());
  EXPECT_EQ(r.exit_code, 0);
  const json j = json::parse(r.out);
  expect_document(j);
  EXPECT_EQ(j["id"], ".hidden.csv");
}

TEST(Cli, ExtChoosesTheFilesReadWhenWalking) {
  TempDir dir;
  dir.write("c/a.txt", "A.");
  dir.write("c/b.csv", "B.");
  dir.write("c/C.TXT", "C.");
  dir.write("c/d", "D.");
  RunResult r = run_claimsift({"c"}, std::nullopt, dir.path());
  EXPECT_EQ(ids(records(r.out)), (std::vector<std::string>{"c/C.TXT", "c/a.txt"}));
  r = run_claimsift({"--ext", "csv", "c"}, std::nullopt, dir.path());
  EXPECT_EQ(ids(records(r.out)), (std::vector<std::string>{"c/b.csv"}));
  r = run_claimsift({"--ext", ".CSV,txt", "c"}, std::nullopt, dir.path());
  EXPECT_EQ(ids(records(r.out)), (std::vector<std::string>{"c/C.TXT", "c/a.txt", "c/b.csv"}));
  r = run_claimsift({"--ext", "*", "c"}, std::nullopt, dir.path());
  EXPECT_EQ(ids(records(r.out)),
            (std::vector<std::string>{"c/C.TXT", "c/a.txt", "c/b.csv", "c/d"}));
}

TEST(Cli, SymbolicLinksAreFollowedOnlyWhenAsked) {
  TempDir dir;
  dir.write("outside/o.txt", "O.");
  dir.write("c/a.txt", "A.");
  std::filesystem::create_symlink(dir.path() + "/outside", dir.path() + "/c/dirlink");
  std::filesystem::create_symlink(dir.path() + "/outside/o.txt", dir.path() + "/c/filelink.txt");
  std::filesystem::create_symlink(dir.path() + "/c", dir.path() + "/c/loop");
  RunResult r = run_claimsift({"c"}, std::nullopt, dir.path());
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(ids(records(r.out)), (std::vector<std::string>{"c/a.txt"}));
  r = run_claimsift({"--follow", "c"}, std::nullopt, dir.path());
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(ids(records(r.out)),
            (std::vector<std::string>{"c/a.txt", "c/dirlink/o.txt", "c/filelink.txt"}));
  EXPECT_NE(r.err.find("c/loop: symbolic link loop"), std::string::npos) << r.err;
  // A link named on the command line is read.
  r = run_claimsift({"c/filelink.txt"}, std::nullopt, dir.path());
  EXPECT_EQ(json::parse(r.out)["id"], "c/filelink.txt");
}

// ---- JSON Lines -------------------------------------------------------------------------

TEST(Cli, JsonLinesInputCopiesIdsAndDates) {
  const std::string in =
      R"({"id": "one", "text": "Tom Cruise smiled.", "date": "2025-05-04"})" "\n"
      R"({"id": "two", "text": "No date here."})" "\n"
      R"({"id": 3, "text": " date 2024-01-02 Header date.", "date": null})" "\n";
  const RunResult r = run_claimsift({"--input", "jsonl"}, in);
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.err, "");
  const auto recs = records(r.out);
  ASSERT_EQ(recs.size(), 3u);
  EXPECT_EQ(ids(recs), (std::vector<std::string>{"one", "two", "3"}));
  for (const json& rec : recs) expect_document(rec);
  EXPECT_EQ(recs[0]["document_date"], "2025-05-04");
  EXPECT_EQ(recs[0]["document_date_source"], "input");
  EXPECT_TRUE(recs[1]["document_date"].is_null());
  EXPECT_EQ(recs[2]["document_date"], "2024-01-02");
  EXPECT_EQ(recs[2]["document_date_source"], "header");
}

TEST(Cli, JsonlFileIsReadAsJsonLines) {
  TempDir dir;
  dir.write("in.jsonl", "{\"id\": \"a\", \"text\": \"One.\"}\n{\"id\": \"b\", \"text\": \"Two.\"}");
  const RunResult r = run_claimsift({"in.jsonl"}, std::nullopt, dir.path());
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(count_lines(r.out), 2u);
  EXPECT_EQ(ids(records(r.out)), (std::vector<std::string>{"a", "b"}));
}

TEST(Cli, InputTextReadsAJsonlFileAsOneDocument) {
  TempDir dir;
  dir.write("in.jsonl", "{\"id\": \"a\", \"text\": \"One.\"}\n");
  const RunResult r = run_claimsift({"--input", "text", "in.jsonl"}, std::nullopt, dir.path());
  EXPECT_EQ(r.exit_code, 0);
  const json j = json::parse(r.out);
  EXPECT_EQ(j["id"], "in.jsonl");
  EXPECT_EQ(j["text_length"], 28);
}

TEST(Cli, JsonlFilesFoundByWalkingAreReadWhenTheirExtensionIsListed) {
  TempDir dir;
  dir.write("c/a.txt", "A.");
  dir.write("c/b.jsonl", "{\"id\": \"b1\", \"text\": \"B.\"}\n{\"id\": \"b2\", \"text\": \"C.\"}\n");
  RunResult r = run_claimsift({"c"}, std::nullopt, dir.path());
  EXPECT_EQ(ids(records(r.out)), (std::vector<std::string>{"c/a.txt"}));
  r = run_claimsift({"--ext", "txt,jsonl", "c"}, std::nullopt, dir.path());
  EXPECT_EQ(ids(records(r.out)), (std::vector<std::string>{"c/a.txt", "b1", "b2"}));
}

TEST(Cli, BadJsonLinesGiveErrorRecordsWithLineNumbersAndTheRestGoOn) {
  const std::string in =
      "{\"id\": \"ok1\", \"text\": \"Fine.\"}\n"
      "{not json\n"
      "[1, 2]\n"
      "\n"
      "{\"id\": \"notext\"}\n"
      "{\"id\": \"baddate\", \"text\": \"x\", \"date\": \"2025-02-30\"}\n"
      "{\"id\": \"numdate\", \"text\": \"x\", \"date\": 20250504}\n"
      "{\"id\": \"ok2\", \"text\": \"Also fine.\"}\r\n";
  const RunResult r = run_claimsift({"--input", "jsonl"}, in);
  EXPECT_EQ(r.exit_code, 1);
  const auto recs = records(r.out);
  ASSERT_EQ(recs.size(), 7u);
  expect_document(recs[0]);
  expect_error(recs[1], "<stdin>:2", "invalid_json");
  EXPECT_EQ(recs[1]["error"]["line"], 2);
  expect_error(recs[2], "<stdin>:3", "invalid_json");
  EXPECT_EQ(recs[2]["error"]["line"], 3);
  expect_error(recs[3], "notext", "invalid_record");
  EXPECT_EQ(recs[3]["error"]["line"], 5);
  expect_error(recs[4], "baddate", "invalid_record");
  EXPECT_NE(recs[4]["error"]["message"].get<std::string>().find("2025-02-30"), std::string::npos);
  expect_error(recs[5], "numdate", "invalid_record");
  EXPECT_EQ(recs[6]["id"], "ok2");
  expect_document(recs[6]);
  EXPECT_EQ(count_lines(r.err), 5u) << r.err;
  EXPECT_NE(r.err.find("claimsift: <stdin>:2: "), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("claimsift: <stdin>:6: "), std::string::npos) << r.err;
}

TEST(Cli, InvalidUtf8InAJsonLineIsReplacedNotLost) {
  const RunResult r = run_claimsift({"--input", "jsonl"},
                                    std::string("{\"id\": \"u\", \"text\": \"Caf\xe9 time.\"}\n"));
  EXPECT_EQ(r.exit_code, 0);
  const json j = json::parse(r.out);
  expect_document(j);
  ASSERT_EQ(j["warnings"].size(), 1u);
  EXPECT_EQ(j["warnings"][0]["code"], "invalid_utf8");
}

// ---- Dates ------------------------------------------------------------------------------

TEST(Cli, PublishedLineSetsTheDateAndIsNotASentence) {
  TempDir dir;
  const std::string text = "Published: 12 June 2022\nTom Cruise smiled.\n";
  const RunResult r = run_claimsift({dir.write("a.txt", text)});
  const json j = json::parse(r.out);
  EXPECT_EQ(j["document_date"], "2022-06-12");
  EXPECT_EQ(j["document_date_source"], "header");
  ASSERT_EQ(j["sentences"].size(), 1u);
  EXPECT_EQ(j["sentences"][0]["start"], 24);
}

TEST(Cli, DateOptionOverridesTheHeaderAndJsonlDateOverridesTheOption) {
  TempDir dir;
  const std::string path = dir.write("a.txt", " date 2025-05-04 Body text.");
  RunResult r = run_claimsift({"--date", "2020-01-31", path});
  json j = json::parse(r.out);
  EXPECT_EQ(j["document_date"], "2020-01-31");
  EXPECT_EQ(j["document_date_source"], "option");
  EXPECT_EQ(j["sentences"][0]["start"], 17);

  r = run_claimsift({"--input", "jsonl", "--date", "2020-01-31"},
                    std::string(R"({"id": "a", "text": "x", "date": "2019-07-01"})" "\n"
                                R"({"id": "b", "text": "y"})" "\n"));
  const auto recs = records(r.out);
  ASSERT_EQ(recs.size(), 2u);
  EXPECT_EQ(recs[0]["document_date"], "2019-07-01");
  EXPECT_EQ(recs[0]["document_date_source"], "input");
  EXPECT_EQ(recs[1]["document_date"], "2020-01-31");
  EXPECT_EQ(recs[1]["document_date_source"], "option");
}

TEST(Cli, InvalidDateOptionIsAUsageError) {
  for (const char* bad : {"2025-02-30", "05/04/2025", "yesterday"}) {
    const RunResult r = run_claimsift({"--date", bad, "-"}, std::string("x"));
    EXPECT_EQ(r.exit_code, 2) << bad;
    EXPECT_EQ(r.out, "");
    EXPECT_NE(r.err.find("claimsift: --date: invalid_date"), std::string::npos) << r.err;
  }
}

// ---- --output-dir -----------------------------------------------------------------------

TEST(Cli, OutputDirMirrorsTheInputTree) {
  TempDir dir;
  dir.write("corpus/a.txt", "A.");
  dir.write("corpus/sub/b.md", "B.");
  dir.write("corpus/sub/bad.txt", std::string("x\0y", 3));
  const RunResult r = run_claimsift({"--output-dir", "out", "corpus"}, std::nullopt, dir.path());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "");
  const json a = json::parse(testing::read_file(dir.path() + "/out/a.json"));
  expect_document(a);
  EXPECT_EQ(a["id"], "corpus/a.txt");
  const json b = json::parse(testing::read_file(dir.path() + "/out/sub/b.json"));
  EXPECT_EQ(b["id"], "corpus/sub/b.md");
  const json bad = json::parse(testing::read_file(dir.path() + "/out/sub/bad.json"));
  expect_error(bad, "corpus/sub/bad.txt", "binary_file");
}

TEST(Cli, OutputDirNamesJsonLinesRecordsByIdAndKeepsNamesApart) {
  TempDir dir;
  dir.write("in.jsonl", "{\"id\": \"x/one\", \"text\": \"One.\"}\n"
                        "{\"id\": \"../../escape\", \"text\": \"Two.\"}\n"
                        "{\"id\": \"x/one\", \"text\": \"Again.\"}\n");
  const RunResult r = run_claimsift({"--output-dir", "out", "in.jsonl"}, std::nullopt, dir.path());
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(json::parse(testing::read_file(dir.path() + "/out/in/x/one.json"))["text_length"], 4);
  EXPECT_EQ(json::parse(testing::read_file(dir.path() + "/out/in/escape.json"))["text_length"], 4);
  EXPECT_EQ(json::parse(testing::read_file(dir.path() + "/out/in/x/one-2.json"))["text_length"],
            6);
}

TEST(Cli, OutputDirTakesStdinAsStdinJson) {
  TempDir dir;
  const RunResult r = run_claimsift({"--output-dir", dir.path() + "/out"}, std::string(kArticle));
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out, "");
  const std::string written = testing::read_file(dir.path() + "/out/stdin.json");
  EXPECT_NE(written.find("\n  \"schema\""), std::string::npos);  // one document: indented
  EXPECT_EQ(json::parse(written)["id"], "<stdin>");
}

TEST(Cli, OutputDirThatCannotBeWrittenIsFatal) {
  TempDir dir;
  dir.write("a.txt", "A.");
  dir.write("taken", "a file where the folder should go");
  const RunResult r = run_claimsift({"--output-dir", "taken", "a.txt"}, std::nullopt, dir.path());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("claimsift: cannot write taken"), std::string::npos) << r.err;
}

// ---- Bad input --------------------------------------------------------------------------

TEST(Cli, MissingPathIsAnErrorRecordAndTheRunGoesOn) {
  TempDir dir;
  dir.write("good.txt", "Good.");
  const RunResult r = run_claimsift({"missing.txt", "good.txt"}, std::nullopt, dir.path());
  EXPECT_EQ(r.exit_code, 1);
  const auto recs = records(r.out);
  ASSERT_EQ(recs.size(), 2u);
  expect_error(recs[0], "missing.txt", "not_found");
  expect_document(recs[1]);
  EXPECT_EQ(r.err, "claimsift: missing.txt: no such file or folder\n");
}

TEST(Cli, UnreadableFileIsAnErrorRecord) {
  TempDir dir;
  dir.write("c/locked.txt", "Secret.");
  dir.write("c/open.txt", "Open.");
  chmod((dir.path() + "/c/locked.txt").c_str(), 0);
  chmod(dir.path().c_str(), 0755);
  RunOptions options;
  options.cwd = dir.path();
  options.unprivileged = true;  // root reads anything; run as nobody then
  const RunResult r = run_claimsift_with({"c"}, options);
  if (r.exit_code == 125) GTEST_SKIP() << "cannot drop privileges here";
  EXPECT_EQ(r.exit_code, 1);
  const auto recs = records(r.out);
  ASSERT_EQ(recs.size(), 2u);
  expect_error(recs[0], "c/locked.txt", "unreadable");
  expect_document(recs[1]);
  EXPECT_NE(r.err.find("claimsift: c/locked.txt: Permission denied"), std::string::npos) << r.err;
}

TEST(Cli, FolderThatCannotBeListedIsAnErrorRecordInItsPlace) {
  TempDir dir;
  dir.write("c/a.txt", "A.");
  dir.write("c/b/x.txt", "X.");
  dir.write("c/z.txt", "Z.");
  chmod((dir.path() + "/c/b").c_str(), 0);
  chmod(dir.path().c_str(), 0755);
  RunOptions options;
  options.cwd = dir.path();
  options.unprivileged = true;
  const RunResult r = run_claimsift_with({"c"}, options);
  if (r.exit_code == 125) GTEST_SKIP() << "cannot drop privileges here";
  EXPECT_EQ(r.exit_code, 1);
  const auto recs = records(r.out);
  ASSERT_EQ(recs.size(), 3u);
  EXPECT_EQ(recs[0]["id"], "c/a.txt");
  expect_error(recs[1], "c/b", "unreadable");
  EXPECT_EQ(recs[2]["id"], "c/z.txt");
  EXPECT_NE(r.err.find("claimsift: c/b: cannot list folder"), std::string::npos) << r.err;
}

TEST(Cli, ReadErrorIsAnErrorRecord) {
  // /proc/self/mem opens but cannot be read from offset 0, even by root.
  const RunResult r = run_claimsift({"/proc/self/mem"});
  EXPECT_EQ(r.exit_code, 1);
  expect_error(json::parse(r.out), "/proc/self/mem", "unreadable");
}

TEST(Cli, BinaryFileIsAnErrorRecord) {
  TempDir dir;
  const std::string path = dir.write("bin.txt", std::string("abc\0def", 7));
  const RunResult r = run_claimsift({path});
  EXPECT_EQ(r.exit_code, 1);
  expect_error(json::parse(r.out), path, "binary_file");
  EXPECT_EQ(r.err, "claimsift: " + path + ": binary file (NUL byte at offset 3)\n");
}

TEST(Cli, EmptyAndWhitespaceOnlyFilesAreValidEmptyDocuments) {
  TempDir dir;
  for (const std::string text : {"", "  \n\t\r\n \xC2\xA0\xE2\x80\x8B\n"}) {
    const std::string path = dir.write("e.txt", text);
    const RunResult r = run_claimsift({path});
    EXPECT_EQ(r.exit_code, 0);
    const json j = json::parse(r.out);
    expect_document(j);
    for (const char* list : {"sentences", "people", "places", "organizations", "works", "dates",
                             "events", "claims", "warnings"}) {
      EXPECT_TRUE(j[list].empty()) << list;
    }
  }
}

TEST(Cli, ByteOrderMarkAndCrlfAreHandled) {
  TempDir dir;
  const std::string text = "\xEF\xBB\xBFHello there.\r\nSecond line here.\r\n";
  const RunResult r = run_claimsift({dir.write("bom.txt", text)});
  EXPECT_EQ(r.exit_code, 0);
  const json j = json::parse(r.out);
  EXPECT_EQ(j["text_length"], 34);  // the BOM counts: Python's decode keeps it as U+FEFF
  ASSERT_EQ(j["sentences"].size(), 2u);
  EXPECT_EQ(j["sentences"][0]["start"], 1);
  EXPECT_EQ(slice_code_points(text, j["sentences"][0]["start"], j["sentences"][0]["end"]),
            "Hello there.");
  EXPECT_EQ(slice_code_points(text, j["sentences"][1]["start"], j["sentences"][1]["end"]),
            "Second line here.");
}

TEST(Cli, LoneCrNbspAndZeroWidthAreHandled) {
  TempDir dir;
  const std::string text = "First\xC2\xA0line here.\rSecond\xE2\x80\x8B line here.";
  const RunResult r = run_claimsift({dir.write("cr.txt", text)});
  EXPECT_EQ(r.exit_code, 0);
  const json j = json::parse(r.out);
  ASSERT_EQ(j["sentences"].size(), 2u);
  EXPECT_EQ(slice_code_points(text, j["sentences"][0]["start"], j["sentences"][0]["end"]),
            "First\xC2\xA0line here.");
  EXPECT_EQ(slice_code_points(text, j["sentences"][1]["start"], j["sentences"][1]["end"]),
            "Second\xE2\x80\x8B line here.");
}

TEST(Cli, InvalidUtf8IsWarnedAndOffsetsSlicePythonsDecodedString) {
  TempDir dir;
  const std::string bytes = "Caf\xe9 opened today. Bad \xf0\x9f\x98 byte here.\n";
  // Python: bytes.decode("utf-8", "replace")
  const std::string python = "Caf\xEF\xBF\xBD opened today. Bad \xEF\xBF\xBD byte here.\n";
  const RunResult r = run_claimsift({dir.write("bad.txt", bytes)});
  EXPECT_EQ(r.exit_code, 0);
  const json j = json::parse(r.out);
  EXPECT_EQ(j["text_length"], 36);
  ASSERT_EQ(j["warnings"].size(), 1u);
  EXPECT_EQ(j["warnings"][0]["code"], "invalid_utf8");
  ASSERT_EQ(j["sentences"].size(), 2u);
  EXPECT_EQ(slice_code_points(python, j["sentences"][0]["start"], j["sentences"][0]["end"]),
            "Caf\xEF\xBF\xBD opened today.");
  EXPECT_EQ(slice_code_points(python, j["sentences"][1]["start"], j["sentences"][1]["end"]),
            "Bad \xEF\xBF\xBD byte here.");
}

TEST(Cli, DocumentOverMaxBytesIsTooLarge) {
  TempDir dir;
  dir.write("big.txt", std::string(2000, 'x'));
  dir.write("small.txt", "Small.");
  RunResult r = run_claimsift({"--max-bytes", "1K", "big.txt", "small.txt"}, std::nullopt,
                              dir.path());
  EXPECT_EQ(r.exit_code, 1);
  const auto recs = records(r.out);
  ASSERT_EQ(recs.size(), 2u);
  expect_error(recs[0], "big.txt", "too_large");
  expect_document(recs[1]);
  EXPECT_NE(r.err.find("claimsift: big.txt: "), std::string::npos);
  // stdin and JSON Lines texts too.
  r = run_claimsift({"--max-bytes", "10"}, std::string(11, 'y'));
  EXPECT_EQ(r.exit_code, 1);
  expect_error(json::parse(r.out), "<stdin>", "too_large");
  r = run_claimsift({"--max-bytes", "10", "--input", "jsonl"},
                    std::string(R"({"id": "long", "text": "01234567890"})" "\n"));
  expect_error(json::parse(r.out), "long", "too_large");
}

TEST(Cli, BadMaxBytesIsAUsageError) {
  for (const char* bad : {"lots", "10X", "-1", "99999999999G"}) {
    const RunResult r = run_claimsift({"--max-bytes", bad, "-"}, std::string("x"));
    EXPECT_EQ(r.exit_code, 2) << bad;
    EXPECT_EQ(r.out, "");
  }
}

// ---- Output streams, signals, parallelism -----------------------------------------------

void write_corpus(const TempDir& dir, int files) {
  for (int i = 0; i < files; ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "corpus/%03d.txt", i);
    std::string text = "Document " + std::to_string(i) + ". ";
    for (int k = 0; k <= i % 7; ++k) {
      text += "Tom Cruise, 62, was reportedly seen in London on May " + std::to_string(k + 1) +
              " with Ana de Armas. ";
    }
    if (i % 13 == 5) text = std::string("bin\0ary", 7);
    dir.write(name, text);
  }
}

TEST(Cli, ClosedStdoutEndsTheRunQuietlyWithZero) {
  TempDir dir;
  write_corpus(dir, 60);
  RunOptions options;
  options.cwd = dir.path();
  options.stdout_closed = true;
  const RunResult r = run_claimsift_with({"--no-messages", "corpus"}, options);
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.err, "");
}

TEST(Cli, HeadOneEndsTheRunQuietly) {
  TempDir dir;
  write_corpus(dir, 400);
  LiveClaimsift p({"--no-messages", "-j", "2", dir.path() + "/corpus"});
  p.close_stdin();
  const std::string first = p.read_lines(1, 20000);
  ASSERT_GE(count_lines(first), 1u);
  p.close_stdout();
  EXPECT_EQ(p.wait(), 0);
}

TEST(Cli, InterruptFinishesTheCurrentLineAndExits130) {
  LiveClaimsift p({"--input", "jsonl", "-j", "2"});
  ASSERT_TRUE(p.write_stdin("{\"id\": \"a\", \"text\": \"One.\"}\n{\"id\": \"b\", \"text\": \"Two.\"}\n"));
  // The writer flushes while it waits for more input, so both lines arrive now.
  const std::string got = p.read_lines(2, 20000);
  ASSERT_EQ(count_lines(got), 2u) << got;
  p.signal(SIGINT);
  EXPECT_EQ(p.wait(), 130);
  const std::string& out = p.out();
  ASSERT_FALSE(out.empty());
  EXPECT_EQ(out.back(), '\n');
  EXPECT_EQ(ids(records(out)), (std::vector<std::string>{"a", "b"}));
}

TEST(Cli, OutputIsByteIdenticalForAnyNumberOfThreads) {
  TempDir dir;
  write_corpus(dir, 50);
  const RunResult one = run_claimsift({"-j", "1", "corpus"}, std::nullopt, dir.path());
  const RunResult four = run_claimsift({"-j", "4", "corpus"}, std::nullopt, dir.path());
  const RunResult many = run_claimsift({"-j", "16", "corpus"}, std::nullopt, dir.path());
  EXPECT_EQ(one.exit_code, 1);  // the binary files
  EXPECT_EQ(count_lines(one.out), 50u);
  EXPECT_EQ(one.out, four.out);
  EXPECT_EQ(one.out, many.out);
  EXPECT_EQ(one.err, four.err);
  EXPECT_EQ(four.exit_code, 1);
}

TEST(Cli, SameInputGivesTheSameBytes) {
  const std::string article = testing::read_file(std::string(CLAIMSIFT_SOURCE_DIR) +
                                                 "/data/examples/cruise_de_armas.txt");
  EXPECT_EQ(run_claimsift({"-"}, article).out, run_claimsift({"-"}, article).out);
}

// ---- Progress line and summary (stderr) ------------------------------------------------

// What a terminal shows after `bytes`: "\r" returns to the start of the line and overwrites,
// "\n" starts a new one; trailing blanks are dropped, and so is a last empty line.
std::vector<std::string> screen_lines(const std::string& bytes) {
  std::vector<std::string> lines(1);
  size_t column = 0;
  for (const char c : bytes) {
    if (c == '\r') {
      column = 0;
    } else if (c == '\n') {
      lines.emplace_back();
      column = 0;
    } else {
      std::string& line = lines.back();
      if (column < line.size()) {
        line[column] = c;
      } else {
        line.push_back(c);
      }
      ++column;
    }
  }
  for (std::string& line : lines) {
    while (!line.empty() && line.back() == ' ') line.pop_back();
  }
  if (lines.back().empty()) lines.pop_back();
  return lines;
}

bool starts_with(const std::string& s, const std::string& prefix) {
  return s.compare(0, prefix.size(), prefix) == 0;
}

TEST(Cli, BatchOnATerminalShowsProgressThenOnlyTheSummary) {
  TempDir dir;
  for (int i = 0; i < 5; ++i) dir.write("c/" + std::to_string(i) + ".txt", "Tom Cruise, 62, smiled.");
  RunOptions options;
  options.cwd = dir.path();
  options.stderr_tty = true;
  const RunResult r = run_claimsift_with({"c", "missing.txt"}, options);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(count_lines(r.out), 6u);
  // The first record draws the line at once (with the total once it is counted).
  EXPECT_TRUE(starts_with(r.err, "\rclaimsift: 1")) << r.err;
  // The line is erased before the error line and at the end: the screen keeps the error line
  // and the summary only.
  const std::vector<std::string> screen = screen_lines(r.err);
  ASSERT_EQ(screen.size(), 2u) << r.err;
  EXPECT_EQ(screen[0], "claimsift: missing.txt: no such file or folder");
  EXPECT_TRUE(starts_with(screen[1], "claimsift: 6 documents, 1 error, 0.0 MB in ")) << screen[1];
  EXPECT_NE(screen[1].find(" MB/s)"), std::string::npos) << screen[1];
  // The records are those of a run without a terminal.
  EXPECT_EQ(r.out, run_claimsift({"c", "missing.txt"}, std::nullopt, dir.path()).out);
}

TEST(Cli, QuietSilencesTheProgressLineOnATerminal) {
  TempDir dir;
  dir.write("c/a.txt", "A.");
  dir.write("c/b.txt", "B.");
  RunOptions options;
  options.cwd = dir.path();
  options.stderr_tty = true;
  for (const char* quiet : {"-q", "--quiet"}) {
    const RunResult r = run_claimsift_with({quiet, "c"}, options);
    EXPECT_EQ(r.exit_code, 0);
    EXPECT_EQ(r.err, "") << quiet;
    EXPECT_EQ(count_lines(r.out), 2u);
  }
}

TEST(Cli, RecordsOnTheSameTerminalShowNoProgress) {
  TempDir dir;
  dir.write("c/a.txt", "A.");
  dir.write("c/b.txt", "B.");
  RunOptions options;
  options.cwd = dir.path();
  options.stderr_tty = true;
  options.stdout_on_stderr_tty = true;
  const RunResult r = run_claimsift_with({"c"}, options);
  EXPECT_EQ(r.exit_code, 0);
  const std::vector<std::string> screen = screen_lines(r.err);
  ASSERT_EQ(screen.size(), 2u) << r.err;
  EXPECT_EQ(records(screen[0] + "\n" + screen[1] + "\n").size(), 2u);
  EXPECT_EQ(r.err.find("claimsift: "), std::string::npos) << r.err;
}

TEST(Cli, OneDocumentOnATerminalShowsNoProgress) {
  TempDir dir;
  dir.write("a.txt", "A.");
  RunOptions options;
  options.cwd = dir.path();
  options.stderr_tty = true;
  const RunResult r = run_claimsift_with({"a.txt"}, options);
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.err, "");
}

TEST(Cli, NoProgressWhenStderrIsNotATerminalUnlessForced) {
  TempDir dir;
  dir.write("c/a.txt", "A.");
  dir.write("c/b.txt", "B.");
  const RunResult plain = run_claimsift({"c"}, std::nullopt, dir.path());
  EXPECT_EQ(plain.err, "");
  const RunResult forced = run_claimsift({"--progress", "c"}, std::nullopt, dir.path());
  EXPECT_EQ(forced.exit_code, 0);
  EXPECT_EQ(forced.out, plain.out);
  const std::vector<std::string> screen = screen_lines(forced.err);
  ASSERT_EQ(screen.size(), 1u) << forced.err;
  EXPECT_TRUE(starts_with(screen[0], "claimsift: 2 documents, 0 errors, 0.0 MB in ")) << screen[0];
  // A JSON Lines stream has no known total; its summary counts its records.
  const RunResult stream = run_claimsift({"--progress", "--input", "jsonl"},
                                         std::string("{\"text\":\"A.\"}\n{\"text\":\"B.\"}\n"));
  EXPECT_EQ(stream.exit_code, 0);
  EXPECT_TRUE(starts_with(stream.err, "\rclaimsift: 1 document, 0 errors")) << stream.err;
  EXPECT_TRUE(starts_with(screen_lines(stream.err).back(), "claimsift: 2 documents, 0 errors"))
      << stream.err;
}

TEST(Cli, ProgressAndQuietExcludeEachOther) {
  const RunResult r = run_claimsift({"--progress", "--quiet", "-"}, std::string("A."));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find("excludes"), std::string::npos) << r.err;
}

// ---- Flags and exit codes ---------------------------------------------------------------

TEST(Cli, HelpAndVersionExitZeroAndParseErrorsExitTwo) {
  RunResult r = run_claimsift({"--help"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("Exit status"), std::string::npos);
  EXPECT_NE(r.out.find("--output-dir"), std::string::npos);
  r = run_claimsift({"--version"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out.rfind("claimsift ", 0), 0u) << r.out;
  for (const std::vector<std::string>& bad :
       std::vector<std::vector<std::string>>{{"--no-such-flag"},
                                             {"--input", "xml", "-"},
                                             {"--prefer-dates", "sometime", "-"},
                                             {"-j", "-3", "-"},
                                             {"--date"}}) {
    r = run_claimsift(bad, std::string("x"));
    EXPECT_EQ(r.exit_code, 2) << bad[0];
    EXPECT_EQ(r.out, "") << bad[0];
    EXPECT_NE(r.err, "") << bad[0];
  }
}

TEST(Cli, PreferDatesAcceptsItsThreeValues) {
  for (const char* v : {"past", "future", "nearest"}) {
    EXPECT_EQ(run_claimsift({"--prefer-dates", v, "-"}, std::string("May 5.")).exit_code, 0) << v;
  }
}

TEST(Cli, ListAndDumpLexicons) {
  RunResult r = run_claimsift({"--list-lexicons"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("en/lists/abbreviations\t"), std::string::npos) << r.out;
  r = run_claimsift({"--dump-lexicon", "en/lists/abbreviations"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out, testing::read_file(std::string(CLAIMSIFT_SOURCE_DIR) +
                                      "/data/en/lists/abbreviations.txt"));
  EXPECT_EQ(run_claimsift({"--dump-lexicon", "abbreviations"}).out, r.out);
  r = run_claimsift({"--dump-lexicon", "no_such_list"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("no_such_list"), std::string::npos);
}

TEST(Cli, UserLexiconIsLoadedOrRejectedClearly) {
  TempDir dir;
  const std::string good = dir.write("abbr.txt", "// FORMAT: abbreviation\tkind\nzz.\ttitle\n");
  const std::string bad = dir.write("bad.txt", "// FORMAT: abbreviation\tkind\nzz.\ttitle\n\xff.\n");
  RunResult r = run_claimsift({"--lexicon", "abbreviations=" + good, "-"}, std::string("Zz. Kim."));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  r = run_claimsift({"--lexicon", "abbreviations=" + bad, "-"}, std::string("x"));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("bad.txt:3"), std::string::npos) << r.err;
  EXPECT_EQ(r.out, "");
  r = run_claimsift({"--lexicon", "abbreviations=" + dir.path() + "/missing.txt", "-"},
                    std::string("x"));
  EXPECT_EQ(r.exit_code, 2);
  r = run_claimsift({"--lexicon", "no-equals-sign", "-"}, std::string("x"));
  EXPECT_EQ(r.exit_code, 2);
}

// ---- Offsets ----------------------------------------------------------------------------

TEST(Cli, EverySpanOfTheExampleArticleSlicesBackToItsText) {
  const std::string path = std::string(CLAIMSIFT_SOURCE_DIR) + "/data/examples/cruise_de_armas.txt";
  const std::string text = testing::read_file(path);
  const RunResult r = run_claimsift({path});
  ASSERT_EQ(r.exit_code, 0);
  const json j = json::parse(r.out);
  expect_document(j);
  EXPECT_EQ(j["document_date"], "2025-05-04");
  EXPECT_EQ(j["document_date_source"], "header");
  ASSERT_FALSE(j["sentences"].empty());
  EXPECT_GE(j["sentences"][0]["start"], 17);  // the header " date 2025-05-04 " is metadata
  int checked = 0;
  expect_spans_slice_back(j, text, j["text_length"], &checked);
  EXPECT_GT(checked, 0);
}

TEST(Cli, EverySpanOfHostileTextSlicesBackToItsText) {
  // Emoji (ZWJ, flags, skin tones), combining marks, right-to-left text, invalid bytes.
  const std::string bytes = testing::read_file(testdata("hostile.txt"));
  ASSERT_FALSE(bytes.empty());
  const std::string python = testing::read_file(testdata("hostile.python.txt"));
  const RunResult r = run_claimsift({testdata("hostile.txt")});
  EXPECT_EQ(r.exit_code, 0);
  const json j = json::parse(r.out);
  expect_document(j);
  ASSERT_EQ(j["warnings"].size(), 1u);
  int checked = 0;
  expect_spans_slice_back(j, python, j["text_length"], &checked);
  for (const json& s : j["sentences"]) {
    EXPECT_FALSE(slice_code_points(python, s["start"], s["end"]).empty());
  }
}

}  // namespace
}  // namespace claimsift
