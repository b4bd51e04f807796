// Runs every fuzzer regression input (tests/data/fuzz_regressions/*.bin) and every seed of the
// fuzzer (fuzz/corpus/) through the whole pipeline with the fuzzer's oracle
// (fuzz/fuzz_invariants.h), and checks that the oracle itself catches broken documents.
// This is the test that covers fuzz/fuzz_invariants.h and fuzz/pipeline_fuzzer.cc.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "../fuzz/fuzz_invariants.h"
#include "testing/test_util.h"

namespace claimsift {
namespace {

std::vector<std::string> files_in(const std::string& folder) {
  std::vector<std::string> out;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(folder, ec)) {
    if (entry.is_regular_file() && entry.path().extension() != ".md") {
      out.push_back(entry.path().string());
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

TEST(FuzzRegressions, EveryCrashInputNowPassesTheInvariants) {
  for (const std::string& path : files_in(CLAIMSIFT_TESTDATA_DIR "/fuzz_regressions")) {
    SCOPED_TRACE(path);
    EXPECT_EQ(fuzz::check_pipeline_input(testing::read_file(path)), "");
  }
}

TEST(FuzzRegressions, EverySeedOfTheFuzzerPassesTheInvariants) {
  const std::vector<std::string> seeds = files_in(CLAIMSIFT_SOURCE_DIR "/fuzz/corpus");
  ASSERT_GE(seeds.size(), 10u) << "the seed corpus fuzz/corpus/ is missing";
  for (const std::string& path : seeds) {
    SCOPED_TRACE(path);
    EXPECT_EQ(fuzz::check_pipeline_input(testing::read_file(path)), "");
  }
}

// The oracle must be able to fail: broken Docs it has to reject.
Doc small_doc() {
  Doc doc = testing::annotate("Tom Cruise waved. Caf\xC3\xA9 owners cheered!");
  return doc;
}

TEST(FuzzOracle, AcceptsAnUntouchedDocument) { EXPECT_EQ(fuzz::check_doc(small_doc()), ""); }

TEST(FuzzOracle, RejectsATokenOutsideTheText) {
  Doc doc = small_doc();
  ASSERT_FALSE(doc.tokens.empty());
  doc.tokens.back().end = static_cast<uint32_t>(doc.text.size() + 1);
  EXPECT_NE(fuzz::check_doc(doc), "");
}

TEST(FuzzOracle, RejectsASpanInsideAUtf8Sequence) {
  Doc doc = small_doc();
  const uint32_t e_acute = static_cast<uint32_t>(doc.text.find("\xC3\xA9"));
  doc.timexes.push_back(Timex{ByteSpan{e_acute + 1, e_acute + 2}, TimexType::kDate, "X"});
  EXPECT_NE(fuzz::check_doc(doc), "");
}

TEST(FuzzOracle, RejectsUnsortedTokens) {
  Doc doc = small_doc();
  ASSERT_GE(doc.tokens.size(), 2u);
  std::swap(doc.tokens[0], doc.tokens[1]);
  EXPECT_NE(fuzz::check_doc(doc), "");
}

TEST(FuzzOracle, RejectsAnIndexOutsideItsList) {
  Doc doc = small_doc();
  Event event;
  event.type = "walk";
  event.participants.push_back(static_cast<uint32_t>(doc.people.size()));
  doc.events.push_back(event);
  EXPECT_NE(fuzz::check_doc(doc), "");
}

TEST(FuzzOracle, RejectsJsonWhoseSpanDoesNotSliceBackToItsText) {
  const std::string text = "Caf\xC3\xA9 Tom";
  nlohmann::json out = {{"schema", "claimsift/1"}, {"text_length", 8}};
  for (const char* key : {"sentences", "people", "places", "organizations", "works", "dates",
                          "events", "claims", "warnings"}) {
    out[key] = nlohmann::json::array();
  }
  EXPECT_EQ(fuzz::check_json(out, text), "");
  out["dates"].push_back({{"start", 5}, {"end", 8}, {"text", "Tom"}});
  EXPECT_EQ(fuzz::check_json(out, text), "");
  out["dates"].push_back({{"start", 4}, {"end", 7}, {"text", "Tom"}});  // byte, not code point
  EXPECT_NE(fuzz::check_json(out, text), "");
}

TEST(FuzzOracle, RejectsUnsortedSentencesInJson) {
  const std::string text = "A. B.";
  nlohmann::json out = {{"schema", "claimsift/1"}, {"text_length", 5}};
  for (const char* key : {"people", "places", "organizations", "works", "dates", "events",
                          "claims", "warnings"}) {
    out[key] = nlohmann::json::array();
  }
  out["sentences"] = {{{"start", 3}, {"end", 5}}, {{"start", 0}, {"end", 2}}};
  EXPECT_NE(fuzz::check_json(out, text), "");
}

}  // namespace
}  // namespace claimsift
