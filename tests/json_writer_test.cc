// The claimsift/1 writer on Docs built by hand: field names and order, code point offsets,
// string escaping, compact and indented forms of the same object, error records, determinism.
#include "claimsift/json_writer.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <limits>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <vector>

#include "claimsift/reader.h"

namespace claimsift {
namespace {

using nlohmann::json;

struct EscapeCase {
  const char* in;
  const char* out;
};

constexpr EscapeCase kEscapeCases[] = {
    {"plain", "\"plain\""},
    {"quote \" and \\", "\"quote \\\" and \\\\\""},
    {"line\nbreak\r\ttab", "\"line\\nbreak\\r\\ttab\""},
    {"\b\f", "\"\\b\\f\""},
    {"\x01\x1f", "\"\\u0001\\u001f\""},
    {"caf\xC3\xA9 \xF0\x9F\x98\x80", "\"caf\xC3\xA9 \xF0\x9F\x98\x80\""},  // UTF-8 kept
    {"/ and \x7f", "\"/ and \x7f\""},
};

TEST(AppendJsonString, EscapesPerRfc8259AndKeepsUtf8) {
  for (const EscapeCase& c : kEscapeCases) {
    std::string out;
    append_json_string(c.in, &out);
    EXPECT_EQ(out, c.out);
    EXPECT_EQ(json::parse(out).get<std::string>(), c.in);
  }
}

// The writer escapes through a 16-byte vector scan and a 16 KB staging buffer: long strings,
// escapes at every position relative to both, and text already in the buffer must give what a
// byte-by-byte escaper gives.
std::string naive_json_string(std::string_view s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out.push_back(static_cast<char>(c));
        }
    }
  }
  out += "\"";
  return out;
}

TEST(AppendJsonString, LongAndDenseStringsMatchAByteByByteEscaper) {
  std::mt19937 rng(5);
  const char kPool[] = {'a', 'b', ' ', '"', '\\', '\n', '\t', '\x01', '\x1f', '\x7f', '\xc3', '\xa9', '/'};
  for (int round = 0; round < 60; ++round) {
    const size_t length = round < 20 ? rng() % 40 : rng() % 70000;
    const unsigned escape_every = 1 + rng() % 300;  // dense to sparse
    std::string s;
    for (size_t i = 0; i < length; ++i) {
      s.push_back(rng() % escape_every == 0 ? kPool[rng() % std::size(kPool)] : 'x');
    }
    std::string out = "prefix";
    append_json_string(s, &out);
    ASSERT_EQ(out, "prefix" + naive_json_string(s)) << "round " << round;
  }
}

TEST(AppendJsonString, EveryLengthNearTheBlockAndBufferSizesMatchesAByteByByteEscaper) {
  // The escaper works in 16-byte blocks and escapes strings below a few KB straight into its
  // staging buffer: every length up to 100, and lengths around those limits, with an escape at
  // every position of the last block.
  std::vector<size_t> lengths;
  for (size_t n = 0; n <= 100; ++n) lengths.push_back(n);
  for (size_t n = 2700; n <= 2760; ++n) lengths.push_back(n);
  for (size_t n = 16370; n <= 16400; ++n) lengths.push_back(n);
  for (size_t n : lengths) {
    for (size_t at : {n, n - n % 16, n > 0 ? n - 1 : 0, n / 2}) {
      std::string s(n, 'e');
      if (at < n) s[at] = n % 3 == 0 ? '"' : (n % 3 == 1 ? '\n' : '\x02');
      std::string out = "[";
      append_json_string(s, &out);
      ASSERT_EQ(out, "[" + naive_json_string(s)) << "length " << n << ", escape at " << at;
    }
  }
}

// "Ana de Armas, 37, met Tom Cruise in London." with a person, a place, a date and a claim, all
// in byte offsets; "é" before the names makes code points differ from bytes.
Doc sample_doc() {
  Doc doc;
  const std::string text = "\xC3\xA9 Ana de Armas, 37, met Tom Cruise in London.";
  EXPECT_TRUE(read_document("x/é.txt", text, ExternalDate{CivilDate{2025, 5, 4}, DateSource::kInput},
                            Options(), &doc)
                  .ok());
  // Bytes: é = 0..2, "Ana de Armas" 3..15, "37" 17..19, "Tom Cruise" 25..35, "London" 39..45.
  doc.sentences.push_back(Sentence{0, 0, ByteSpan{3, 46}});
  Person ana;
  ana.name = "Ana de Armas";
  ana.mentions.push_back(ByteSpan{3, 15});
  ana.ages.push_back(Age{37, ByteSpan{17, 19}});
  doc.people.push_back(ana);
  Person tom;
  tom.name = "Tom Cruise";
  tom.mentions.push_back(ByteSpan{25, 35});
  doc.people.push_back(tom);
  Place london;
  london.name = "London";
  london.mentions.push_back(ByteSpan{39, 45});
  doc.places.push_back(london);
  Organization org;
  org.name = "People";
  org.kind = OrgKind::kOutlet;
  doc.organizations.push_back(org);
  Work work;
  work.title = "Ballerina";
  work.kind = WorkKind::kFilm;
  doc.works.push_back(work);
  doc.timexes.push_back(Timex{ByteSpan{17, 19}, TimexType::kDuration, "P37Y"});
  Event e;
  e.type = "meeting";
  e.trigger = ByteSpan{21, 24};
  e.sentence = 0;
  e.participants = {0, 1};
  e.place = 0;
  e.certainty = Certainty::kProbable;
  doc.events.push_back(e);
  Claim c;
  c.sentence = 0;
  c.span = ByteSpan{3, 46};
  c.type = "romance";
  c.subjects = {EntityRef{EntityKind::kPerson, 0}, EntityRef{EntityKind::kPerson, 1}};
  c.hedged = true;
  c.cues.push_back(ByteSpan{21, 24});
  c.source = ClaimSource{SourceKind::kOutlet, "People", ByteSpan{}};
  c.events = {0};
  c.places = {0};
  doc.claims.push_back(c);
  return doc;
}

TEST(WriteDocumentJson, WritesTheClaimsift1FieldsInOrderWithCodePointOffsets) {
  std::string out;
  write_document_json(sample_doc(), JsonStyle::kCompact, &out);
  ASSERT_EQ(out.back(), '\n');
  EXPECT_EQ(std::count(out.begin(), out.end(), '\n'), 1);
  const json j = json::parse(out);
  // nlohmann's json sorts keys; check the written order on the raw text.
  size_t last = 0;
  for (const char* key : {"\"schema\"", "\"id\"", "\"document_date\"", "\"document_date_source\"",
                          "\"text_length\"", "\"sentences\"", "\"people\"", "\"places\"",
                          "\"organizations\"", "\"works\"", "\"dates\"", "\"events\"",
                          "\"claims\"", "\"warnings\""}) {
    const size_t at = out.find(key);
    ASSERT_NE(at, std::string::npos) << key;
    EXPECT_GT(at, last) << key;
    last = at;
  }
  EXPECT_EQ(j["schema"], "claimsift/1");
  EXPECT_EQ(j["id"], "x/é.txt");
  EXPECT_EQ(j["document_date"], "2025-05-04");
  EXPECT_EQ(j["document_date_source"], "input");
  EXPECT_EQ(j["text_length"], 45);
  EXPECT_EQ(j["sentences"][0], json::parse(R"({"start": 2, "end": 45})"));
  const json& ana = j["people"][0];
  EXPECT_EQ(ana["id"], "P1");
  EXPECT_EQ(ana["mentions"][0], json::parse(R"({"start": 2, "end": 14, "text": "Ana de Armas"})"));
  EXPECT_EQ(ana["ages"][0], json::parse(R"({"value": 37, "start": 16, "end": 18})"));
  EXPECT_EQ(j["people"][1]["id"], "P2");
  EXPECT_EQ(j["places"][0]["id"], "L1");
  EXPECT_EQ(j["places"][0]["mentions"][0]["text"], "London");
  EXPECT_EQ(j["organizations"][0]["kind"], "outlet");
  EXPECT_TRUE(j["organizations"][0]["mentions"].empty());
  EXPECT_EQ(j["works"][0]["title"], "Ballerina");
  EXPECT_EQ(j["works"][0]["kind"], "film");
  EXPECT_EQ(j["dates"][0], json::parse(R"({"id": "D1", "start": 16, "end": 18, "text": "37",
                                           "type": "DURATION", "value": "P37Y"})"));
  const json& e = j["events"][0];
  EXPECT_EQ(e["id"], "E1");
  EXPECT_TRUE(e["name"].is_null());
  EXPECT_EQ(e["trigger"]["text"], "met");
  EXPECT_EQ(e["participants"], json::parse(R"(["P1", "P2"])"));
  EXPECT_TRUE(e["date"].is_null());
  EXPECT_EQ(e["place"], "L1");
  EXPECT_EQ(e["certainty"], "probable");
  EXPECT_EQ(e["polarity"], "positive");
  const json& c = j["claims"][0];
  EXPECT_EQ(c["id"], "C1");
  EXPECT_EQ(c["sentence"], 0);
  EXPECT_EQ(c["subjects"], json::parse(R"(["P1", "P2"])"));
  EXPECT_EQ(c["hedged"], true);
  EXPECT_EQ(c["cues"][0]["text"], "met");
  EXPECT_EQ(c["source"]["kind"], "outlet");
  EXPECT_EQ(c["source"]["name"], "People");
  EXPECT_FALSE(c["source"].contains("start"));  // not named in the text
  EXPECT_EQ(c["polarity"], "affirmed");
  EXPECT_EQ(c["events"], json::parse(R"(["E1"])"));
  EXPECT_EQ(c["places"], json::parse(R"(["L1"])"));
  EXPECT_TRUE(j["warnings"].empty());
}

TEST(WriteDocumentJson, IndentedIsTheSameObjectWithLeafObjectsOnOneLine) {
  const Doc doc = sample_doc();
  std::string compact, indented;
  write_document_json(doc, JsonStyle::kCompact, &compact);
  write_document_json(doc, JsonStyle::kIndented, &indented);
  EXPECT_EQ(json::parse(compact), json::parse(indented));
  EXPECT_NE(indented.find("\n  \"sentences\": [\n    {\"start\": 2, \"end\": 45}\n  ],\n"),
            std::string::npos)
      << indented;
  EXPECT_NE(indented.find("{\"start\": 2, \"end\": 14, \"text\": \"Ana de Armas\"}"),
            std::string::npos);
  EXPECT_NE(indented.find("\"participants\": [\"P1\", \"P2\"]"), std::string::npos);
  // Compact: no space after ':' or ','.
  EXPECT_EQ(compact.find("\": "), std::string::npos);
  EXPECT_EQ(compact.find(", \""), std::string::npos);
  EXPECT_EQ(compact.find(", {"), std::string::npos);
}

TEST(WriteDocumentJson, EmptyDocumentHasEveryListEmpty) {
  Doc doc;
  ASSERT_TRUE(read_document("e", "", ExternalDate{}, Options(), &doc).ok());
  std::string out;
  write_document_json(doc, JsonStyle::kIndented, &out);
  const json j = json::parse(out);
  EXPECT_TRUE(j["document_date"].is_null());
  EXPECT_TRUE(j["document_date_source"].is_null());
  EXPECT_EQ(j["text_length"], 0);
  for (const char* list : {"sentences", "people", "places", "organizations", "works", "dates",
                           "events", "claims", "warnings"}) {
    ASSERT_TRUE(j[list].is_array()) << list;
    EXPECT_TRUE(j[list].empty()) << list;
  }
  EXPECT_NE(out.find("\"people\": [],"), std::string::npos);
}

TEST(WriteDocumentJson, SameDocSameBytes) {
  std::string a, b;
  write_document_json(sample_doc(), JsonStyle::kIndented, &a);
  write_document_json(sample_doc(), JsonStyle::kIndented, &b);
  EXPECT_EQ(a, b);
}

TEST(WriteDocumentJson, AppendsToTheBuffer) {
  std::string out = "before\n";
  write_document_json(sample_doc(), JsonStyle::kCompact, &out);
  EXPECT_EQ(out.rfind("before\n{", 0), 0u);
}

TEST(WriteDocumentJson, SpanTextStopsAtTheSpanEvenWhenEscapesFollowIt) {
  // Span texts are escaped reading whole 16-byte blocks of the text: what follows a span in the
  // same block (quotes, a backslash, line breaks) must neither end up in it nor be escaped.
  for (size_t length = 1; length <= 20; ++length) {
    const std::string name(length, 'a');
    Doc doc;
    ASSERT_TRUE(read_document("d", name + "\"\\\n\t\"b\"\n", ExternalDate{}, Options(), &doc).ok());
    Person person;
    person.name = name;
    person.mentions.push_back(ByteSpan{0, static_cast<uint32_t>(length)});
    doc.people.push_back(person);
    std::string out;
    write_document_json(doc, JsonStyle::kCompact, &out);
    const json j = json::parse(out);
    EXPECT_EQ(j["people"][0]["mentions"][0]["text"], name) << length;
  }
}

TEST(WriteErrorJson, WritesTheErrorRecordWithAndWithoutALine) {
  std::string out;
  write_error_json("a \"b\".txt", Status(ErrorCode::kBinaryFile, "binary file"), 0,
                   JsonStyle::kCompact, &out);
  EXPECT_EQ(out,
            "{\"schema\":\"claimsift/1\",\"id\":\"a \\\"b\\\".txt\",\"error\":{\"code\":"
            "\"binary_file\",\"message\":\"binary file\"}}\n");
  out.clear();
  write_error_json("<stdin>:3", Status(ErrorCode::kInvalidJson, "not a JSON object"), 3,
                   JsonStyle::kIndented, &out);
  const json j = json::parse(out);
  EXPECT_EQ(j["error"]["code"], "invalid_json");
  EXPECT_EQ(j["error"]["line"], 3);
  EXPECT_NE(out.find("\"error\": {\"code\": \"invalid_json\""), std::string::npos) << out;
}

TEST(WriteErrorJson, WritesEveryNumberAsItsDecimalDigits) {
  // Numbers go through the writer's own digit routine: every digit count, both sides of each
  // power of ten, and the largest value.
  std::vector<long> values = {1, 9, 10, 11, 99, 100, 101, 999, 1000, 65535, 4294967295L,
                              4294967296L, std::numeric_limits<long>::max()};
  long power = 1;
  for (int digits = 1; digits <= 18; ++digits) {
    power *= 10;
    values.push_back(power - 1);
    values.push_back(power);
    values.push_back(power + 1);
  }
  for (long v : values) {
    std::string out;
    write_error_json("x", Status(ErrorCode::kInvalidJson, "m"), v, JsonStyle::kCompact, &out);
    const std::string expected = "\"line\":" + std::to_string(v) + "}}\n";
    ASSERT_GE(out.size(), expected.size());
    EXPECT_EQ(out.substr(out.size() - expected.size()), expected) << v;
  }
}

}  // namespace
}  // namespace claimsift
