// JSON Lines records (src/cli/jsonl_input.cc): the fast path for flat records must give exactly
// what nlohmann/json alone gives (the record, or the error code and message) for every line. The
// reference below is the parser's nlohmann path, which every record took before the fast path.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <vector>

#include "cli/jsonl_input.cc"  // the unit under test is part of the command line, not the library

namespace claimsift::cli {
namespace {

// The reference: nlohmann/json alone (the parser's own fallback), on the lossily decoded line.
Status reference_parse(std::string_view line, const std::string& default_id, JsonlRecord* record) {
  record->id = default_id;
  DecodeResult decoded = decode_utf8_lossy(line);
  record->invalid_utf8 = decoded.invalid_sequences;
  return parse_with_nlohmann(decoded.text, record);
}

void expect_same(const std::string& line) {
  JsonlRecord fast, ref;
  const Status a = parse_jsonl_record(line, "in.jsonl:7", &fast);
  const Status b = reference_parse(line, "in.jsonl:7", &ref);
  ASSERT_EQ(a.code(), b.code()) << line;
  ASSERT_EQ(a.message(), b.message()) << line;
  ASSERT_EQ(fast.id, ref.id) << line;
  ASSERT_EQ(fast.invalid_utf8, ref.invalid_utf8) << line;
  if (a.ok()) {
    ASSERT_EQ(fast.text, ref.text) << line;
    ASSERT_EQ(fast.date.date.has_value(), ref.date.date.has_value()) << line;
    if (fast.date.date) {
      ASSERT_EQ(format_iso_date(*fast.date.date), format_iso_date(*ref.date.date)) << line;
    }
    ASSERT_EQ(fast.date.source, ref.date.source) << line;
  }
}

const char* const kLines[] = {
    R"({"id": "a", "text": "One."})",
    R"({"id":"a","text":"One.","date":"2025-05-04"})",
    R"(  {"text": "x", "date": "2025-05-04T10:00:00Z", "id": 42}  )",
    R"({"text": "x", "id": 0})",
    R"({"text": "x", "id": 007})",
    R"({"text": "x", "id": -3})",
    R"({"text": "x", "id": -0})",
    R"({"text": "x", "id": 1.5})",
    R"({"text": "x", "id": 1e3})",
    R"({"text": "x", "id": 12345678901234567890})",
    R"({"text": "x", "id": 1234567890123456789})",
    R"({"text": "x", "id": true})",
    R"({"text": "x", "id": false})",
    R"({"text": "x", "id": null})",
    R"({"text": "x", "id": [1]})",
    R"({"text": "x", "id": {"a": 1}})",
    R"({"text": null})",
    R"({"text": 5})",
    R"({"id": "only"})",
    R"({})",
    R"( { } )",
    R"([])",
    R"("text")",
    R"(5)",
    R"(null)",
    R"({"text": "x", "date": null})",
    R"({"text": "x", "date": ""})",
    R"({"text": "x", "date": 20250504})",
    R"({"text": "x", "date": "2025-02-30"})",
    R"({"text": "x", "date": "yesterday"})",
    R"({"text": "x", "date": "2025-05-04 10:00"})",
    R"({"text": "a\"b\\c\/d\b\f\n\r\te"})",
    R"({"text": "\u00e9\u2014\uD83D\uDE00 \u0041"})",
    R"({"text": "\ud83d\ude00"})",
    R"({"text": "\uD83D"})",
    R"({"text": "\uD83Dx"})",
    R"({"text": "\uDE00"})",
    R"({"text": "\uD83D\u0041"})",
    R"({"text": "\u00"})",
    R"({"text": "\u00zz"})",
    R"({"text": "\x"})",
    R"({"text": "\u0000"})",
    R"({"text": "tab	raw"})",
    R"({"text": "x",})",
    R"({"text": "x" "id": 1})",
    R"({"text": "x"} trailing)",
    R"({"text": "x"}})",
    R"({"text": "x", "text": "y"})",
    R"({"id": "a", "id": "b", "text": "y"})",
    R"({"date": "2025-01-01", "date": null, "text": "y"})",
    R"({"t\u0065xt": "escaped key"})",
    R"({"text": "x", "extra": {"nested": [1, 2, {"a": null}]}})",
    R"({"text": "x", "extra": "s\n", "more": 3, "flag": true, "none": null})",
    R"({"text": "x", "extra": 1.25e-3})",
    R"({"text": "x", "extra": 1e999})",
    R"({"text": "x", "id": -1e400})",
    R"({"text": "x", "extra": nul})",
    R"({"text": "x", "extra": nullx})",
    R"({"text": "x", "extra": tru})",
    R"({"text": "unterminated)",
    R"({"text")",
    R"({"text":)",
    R"({"text": "x")",
    R"({)",
    R"({"text": "x", "id": "caf\u00e9/../x"})",
    R"({'text': 'single'})",
    R"({text: "x"})",
    "{\"text\": \"caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D\"}",
    "{\"text\": \"bad \xFF byte\", \"id\": \"u\"}",
    "{\"text\": \"cut \xE2\x80\"}",
    "{\"id\": \"\xC0\xAF\", \"text\": \"x\"}",
    "\xEF\xBB\xBF{\"text\": \"bom\"}",
    "{\"text\":\t\"tabs\"\t,\t\"id\"\t:\t\"t\"\t}",
    "{\"text\": \"x\"}\r",
    "{\"text\": \"nul \0 inside\"}",
};

TEST(JsonlRecord, FastPathMatchesNlohmannOnTheTable) {
  for (const char* line : kLines) expect_same(line);
  expect_same(std::string("{\"text\": \"a\0b\"}", 15));
}

// Random lines from JSON fragments: valid records, near misses and garbage.
TEST(JsonlRecord, FastPathMatchesNlohmannOnRandomLines) {
  const char* const kPieces[] = {
      "{", "}", "[", "]", ",", ":", " ", "\t", "\"id\"", "\"text\"", "\"date\"", "\"x\"",
      "\"caf\xC3\xA9\"", "\"a\\\"b\"", "\"\\u00e9\"", "\"\\ud83d\\ude00\"", "\"\\ud83d\"",
      "\"2025-05-04\"", "\"2025-13-01\"", "1", "0", "-1", "10", "1.5", "1e2", "true", "false",
      "null", "\"\\n\"", "\"\\q\"", "\xFF", "\"", "\\", "01", "\"\xE2\x80\x9C\"",
  };
  std::mt19937 rng(11);
  for (int round = 0; round < 20000; ++round) {
    std::string line;
    if (rng() % 2 == 0) {
      // Mostly well-formed: {"k": v, ...}.
      line = "{";
      const int members = static_cast<int>(rng() % 4);
      for (int m = 0; m < members; ++m) {
        if (m > 0) line += rng() % 8 == 0 ? " " : ",";
        line += kPieces[8 + rng() % 5];
        line += rng() % 10 == 0 ? " " : ":";
        line += kPieces[11 + rng() % (std::size(kPieces) - 11)];
      }
      if (rng() % 10 != 0) line += "}";
    } else {
      const int n = static_cast<int>(rng() % 12);
      for (int k = 0; k < n; ++k) line += kPieces[rng() % std::size(kPieces)];
    }
    expect_same(line);
    if (::testing::Test::HasFatalFailure()) return;
  }
}

}  // namespace
}  // namespace claimsift::cli
