// End-to-end tests of --format html|summary|tsv and --color through the binary.
// Covers src/cli/process_job.cc (render), src/cli/output_sink.cc (index.html), src/cli/main.cc.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "testing/test_util.h"

namespace claimsift {
namespace {

using testing::run_claimsift;
using testing::TempDir;

const std::string kExample = std::string(CLAIMSIFT_SOURCE_DIR) + "/data/examples/cruise_de_armas.txt";

size_t count_lines(const std::string& s) { return static_cast<size_t>(std::count(s.begin(), s.end(), '\n')); }

TEST(Formats, TsvHasOneHeaderAndOneRowPerClaim) {
  const auto json = run_claimsift({"--compact", kExample});
  ASSERT_EQ(json.exit_code, 0) << json.err;
  const size_t claims = nlohmann::json::parse(json.out)["claims"].size();
  ASSERT_GT(claims, 0u);
  const auto tsv = run_claimsift({"--format", "tsv", kExample, kExample});
  ASSERT_EQ(tsv.exit_code, 0) << tsv.err;
  EXPECT_EQ(tsv.out.rfind("doc_id\tclaim_id\t", 0), 0u);
  EXPECT_EQ(count_lines(tsv.out), 1 + 2 * claims);  // one header for the whole run
}

TEST(Formats, TsvLeavesFailedDocumentsToStderr) {
  TempDir dir;
  const std::string bin = dir.write("a.txt", std::string("x\0y", 3));
  const auto r = run_claimsift({"--format", "tsv", bin, kExample});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("a.txt"), std::string::npos);
  EXPECT_EQ(r.out.find("\"error\""), std::string::npos);  // no JSON inside the table
}

TEST(Formats, SummaryNamesThePeopleWithoutColourWhenPiped) {
  const auto r = run_claimsift({"--format", "summary", kExample});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("Tom Cruise"), std::string::npos);
  EXPECT_NE(r.out.find("Ana de Armas"), std::string::npos);
  EXPECT_EQ(r.out.find('\x1b'), std::string::npos);
  const auto colored = run_claimsift({"--format", "summary", "--color", "always", kExample});
  EXPECT_NE(colored.out.find('\x1b'), std::string::npos);
}

TEST(Formats, HtmlForOneFileIsOnePage) {
  const auto r = run_claimsift({"--format", "html", kExample});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(r.out.find("</html>"), std::string::npos);
}

TEST(Formats, HtmlBatchNeedsAnOutputDir) {
  TempDir dir;
  dir.write("in/a.txt", "Ana said hello.");
  const auto r = run_claimsift({"--format", "html", dir.path() + "/in"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--output-dir"), std::string::npos);
}

TEST(Formats, HtmlBatchWritesPagesAndAnIndexListingFailures) {
  TempDir dir;
  dir.write("in/a.txt", " date 2024-01-02 Ana Lopez said she was reportedly engaged.");
  dir.write("in/sub/b.txt", "Nothing here.");
  dir.write("in/c.txt", std::string("bin\0ary", 7));
  dir.write("in/index.txt", "A document named index must not overwrite the index.");
  const std::string out = dir.path() + "/out";
  const auto r = run_claimsift({"--format", "html", "--output-dir", out, dir.path() + "/in"});
  EXPECT_EQ(r.exit_code, 1);  // c.txt is binary
  EXPECT_TRUE(std::filesystem::exists(out + "/a.html"));
  EXPECT_TRUE(std::filesystem::exists(out + "/sub/b.html"));
  EXPECT_FALSE(std::filesystem::exists(out + "/c.html"));
  ASSERT_TRUE(std::filesystem::exists(out + "/index.html"));
  const std::string index = testing::read_file(out + "/index.html");
  EXPECT_NE(index.find("a.html"), std::string::npos);
  EXPECT_NE(index.find("sub/b.html"), std::string::npos);
  EXPECT_NE(index.find("binary_file"), std::string::npos);
  // The document called "index" got another name; index.html is the batch index.
  EXPECT_NE(index.find("index.txt"), std::string::npos);
  EXPECT_NE(testing::read_file(out + "/index.html").find("<table"), std::string::npos);
}

}  // namespace
}  // namespace claimsift
