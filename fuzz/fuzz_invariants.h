// The oracle of the pipeline fuzzer: runs one input through Pipeline::process and the writer
// and checks the invariants of doc.h and the claimsift/1 contract. Header-only so that both
// fuzz/pipeline_fuzzer.cc (libFuzzer) and tests/fuzz_regressions_test.cc (GoogleTest, over the
// crash files in tests/data/fuzz_regressions/) use the same checks.
//
// Input format: the first byte picks the options, the rest is the document's bytes.
//   bits 0-1  date: 0 and 3 none, 1 --date 2025-05-04 (option), 2 JSON Lines date 2020-02-29
//   bits 2-3  date preference: 1 past, 2 future, otherwise nearest
//   bit 6     max_bytes = 64 (exercises too_large); ASCII digits leave it clear
// so a seed "0<text>" is <text> with default options.
//
// Tested by tests/fuzz_regressions_test.cc (and by running the fuzzer, .ci/fuzz.sh).
#ifndef CLAIMSIFT_FUZZ_FUZZ_INVARIANTS_H_
#define CLAIMSIFT_FUZZ_FUZZ_INVARIANTS_H_

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "claimsift/json_writer.h"
#include "claimsift/pipeline.h"

namespace claimsift::fuzz {

// True when `s` is well-formed UTF-8 (no overlongs, surrogates or code points over U+10FFFF).
inline bool valid_utf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<uint8_t>(s[i]);
    size_t len = 0;
    uint32_t cp = 0;
    if (c < 0x80) {
      ++i;
      continue;
    } else if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
      cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      cp = c & 0x07;
    } else {
      return false;
    }
    if (i + len > s.size()) return false;
    for (size_t k = 1; k < len; ++k) {
      const auto cc = static_cast<uint8_t>(s[i + k]);
      if ((cc & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (cc & 0x3F);
    }
    if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) || cp > 0x10FFFF ||
        (cp >= 0xD800 && cp <= 0xDFFF)) {
      return false;
    }
    i += len;
  }
  return true;
}

// Collects the first violation; later checks are skipped once one is found.
class Violations {
 public:
  explicit Violations(const Doc& doc) : doc_(doc) {}

  bool ok() const { return first_.empty(); }
  const std::string& first() const { return first_; }

  void fail(std::string what) {
    if (first_.empty()) first_ = std::move(what);
  }
  void expect(bool cond, const std::string& what) {
    if (!cond) fail(what);
  }

  bool boundary(uint32_t b) const {
    return b == doc_.text.size() ||
           (b < doc_.text.size() && (static_cast<uint8_t>(doc_.text[b]) & 0xC0) != 0x80);
  }

  // A span inside the text, on UTF-8 boundaries; `body` also requires it after the header.
  void span(ByteSpan s, const std::string& what, bool body = true) {
    if (!ok()) return;
    if (s.begin > s.end || s.end > doc_.text.size()) {
      fail(what + ": span [" + std::to_string(s.begin) + ", " + std::to_string(s.end) +
           ") outside the text of " + std::to_string(doc_.text.size()) + " bytes");
    } else if (!boundary(s.begin) || !boundary(s.end)) {
      fail(what + ": span [" + std::to_string(s.begin) + ", " + std::to_string(s.end) +
           ") not on UTF-8 boundaries");
    } else if (body && !s.empty() && s.begin < doc_.body_begin) {
      fail(what + ": span starts at " + std::to_string(s.begin) + ", inside the date header");
    }
  }
  void spans(const std::vector<ByteSpan>& list, const std::string& what) {
    for (size_t i = 0; i < list.size(); ++i) span(list[i], what + "[" + std::to_string(i) + "]");
  }
  void index(int64_t i, size_t size, bool allow_none, const std::string& what) {
    if (allow_none && i == kNone) return;
    expect(i >= 0 && static_cast<uint64_t>(i) < size,
           what + ": index " + std::to_string(i) + " outside a list of " + std::to_string(size));
  }

 private:
  const Doc& doc_;
  std::string first_;
};

// Checks the Doc layers against the invariants of doc.h.
inline std::string check_doc(const Doc& doc) {
  Violations v(doc);
  v.expect(valid_utf8(doc.text), "Doc::text is not valid UTF-8");
  v.expect(doc.body_begin <= doc.text.size() && v.boundary(doc.body_begin),
           "body_begin outside the text or not on a boundary");
  for (size_t i = 0; i < doc.tokens.size() && v.ok(); ++i) {
    const Token& t = doc.tokens[i];
    const std::string what = "token " + std::to_string(i);
    v.span(ByteSpan{t.begin, t.end}, what);
    v.expect(t.begin < t.end, what + " is empty");
    if (i > 0) v.expect(t.begin >= doc.tokens[i - 1].end, what + " overlaps or precedes token " +
                                                              std::to_string(i - 1));
    v.expect(static_cast<uint64_t>(t.norm_begin) + t.norm_size <= doc.norm_buffer.size(),
             what + ": normalised form outside norm_buffer");
  }
  // Sentences: sorted, not overlapping, every token in exactly one (sentences.h).
  uint32_t next_token = 0;
  for (size_t i = 0; i < doc.sentences.size() && v.ok(); ++i) {
    const Sentence& s = doc.sentences[i];
    const std::string what = "sentence " + std::to_string(i);
    v.expect(s.token_begin < s.token_end && s.token_end <= doc.tokens.size(),
             what + ": bad token range");
    if (!v.ok()) break;
    v.expect(s.token_begin == next_token, what + " does not start where the previous one ended");
    next_token = s.token_end;
    v.span(s.span, what);
    v.expect(s.span == doc.token_span(s.token_begin, s.token_end),
             what + ": span is not the span of its tokens");
  }
  if (v.ok() && !doc.tokens.empty()) {
    v.expect(next_token == doc.tokens.size(), "tokens after the last sentence");
  }
  for (size_t i = 0; i < doc.people.size() && v.ok(); ++i) {
    const Person& p = doc.people[i];
    const std::string what = "people[" + std::to_string(i) + "]";
    v.spans(p.mentions, what + ".mentions");
    v.spans(p.descriptors, what + ".descriptors");
    for (const Age& a : p.ages) v.span(a.span, what + ".ages");
    v.expect(valid_utf8(p.name), what + ".name is not valid UTF-8");
  }
  for (size_t i = 0; i < doc.places.size() && v.ok(); ++i) {
    v.spans(doc.places[i].mentions, "places[" + std::to_string(i) + "].mentions");
    v.expect(valid_utf8(doc.places[i].name), "place name is not valid UTF-8");
  }
  for (size_t i = 0; i < doc.organizations.size() && v.ok(); ++i) {
    v.spans(doc.organizations[i].mentions, "organizations[" + std::to_string(i) + "].mentions");
    v.expect(valid_utf8(doc.organizations[i].name), "organization name is not valid UTF-8");
  }
  for (size_t i = 0; i < doc.works.size() && v.ok(); ++i) {
    v.spans(doc.works[i].mentions, "works[" + std::to_string(i) + "].mentions");
    v.expect(valid_utf8(doc.works[i].title), "work title is not valid UTF-8");
  }
  for (size_t i = 0; i < doc.timexes.size() && v.ok(); ++i) {
    v.span(doc.timexes[i].span, "timexes[" + std::to_string(i) + "]");
    v.expect(valid_utf8(doc.timexes[i].value), "timex value is not valid UTF-8");
  }
  for (size_t i = 0; i < doc.events.size() && v.ok(); ++i) {
    const Event& e = doc.events[i];
    const std::string what = "events[" + std::to_string(i) + "]";
    v.span(e.trigger, what + ".trigger");
    v.index(e.sentence, doc.sentences.size(), true, what + ".sentence");
    for (uint32_t p : e.participants) v.index(p, doc.people.size(), false, what + ".participants");
    v.index(e.date, doc.timexes.size(), true, what + ".date");
    v.index(e.place, doc.places.size(), true, what + ".place");
    v.expect(valid_utf8(e.name) && valid_utf8(e.type), what + ": name or type not UTF-8");
  }
  for (size_t i = 0; i < doc.claims.size() && v.ok(); ++i) {
    const Claim& c = doc.claims[i];
    const std::string what = "claims[" + std::to_string(i) + "]";
    v.span(c.span, what);
    v.index(c.sentence, doc.sentences.size(), true, what + ".sentence");
    v.spans(c.cues, what + ".cues");
    v.span(c.source.span, what + ".source");
    v.expect(valid_utf8(c.source.name), what + ".source.name is not valid UTF-8");
    for (const EntityRef& r : c.subjects) {
      size_t size = 0;
      switch (r.kind) {
        case EntityKind::kPerson: size = doc.people.size(); break;
        case EntityKind::kPlace: size = doc.places.size(); break;
        case EntityKind::kOrganization: size = doc.organizations.size(); break;
        case EntityKind::kWork: size = doc.works.size(); break;
        case EntityKind::kEvent: size = doc.events.size(); break;
      }
      v.index(r.index, size, false, what + ".subjects");
    }
    for (uint32_t e : c.events) v.index(e, doc.events.size(), false, what + ".events");
    for (uint32_t d : c.dates) v.index(d, doc.timexes.size(), false, what + ".dates");
    for (uint32_t p : c.places) v.index(p, doc.places.size(), false, what + ".places");
  }
  return v.first();
}

// Byte offset of each code point of valid UTF-8 `text`, plus text.size() at the end.
inline std::vector<size_t> code_point_starts(std::string_view text) {
  std::vector<size_t> starts;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<uint8_t>(text[i]) & 0xC0) != 0x80) starts.push_back(i);
  }
  starts.push_back(text.size());
  return starts;
}

// Checks one claimsift/1 output object (already parsed) against the text it describes.
inline std::string check_json(const nlohmann::json& out, std::string_view text) {
  if (!out.is_object()) return "output is not a JSON object";
  if (out.value("schema", "") != "claimsift/1") return "schema is not claimsift/1";
  const std::vector<size_t> starts = code_point_starts(text);
  const int64_t length = static_cast<int64_t>(starts.size()) - 1;
  if (!out.contains("text_length") || out["text_length"] != length) {
    return "text_length is not the text's " + std::to_string(length) + " code points";
  }
  for (const char* key : {"sentences", "people", "places", "organizations", "works", "dates",
                          "events", "claims", "warnings"}) {
    if (!out.contains(key) || !out[key].is_array()) return std::string("no list ") + key;
  }
  int64_t previous_end = 0;
  for (const nlohmann::json& s : out["sentences"]) {
    if (!s.contains("start") || !s["start"].is_number_integer()) return "sentence without start";
    if (s["start"].get<int64_t>() < previous_end) return "sentences not sorted or overlapping";
    previous_end = s.value("end", int64_t{0});
  }
  // Every object with integer start and end: inside the text, slicing back to its "text".
  // An explicit stack, not recursion (the writer's nesting is bounded, but keep the habit).
  std::vector<const nlohmann::json*> stack = {&out};
  while (!stack.empty()) {
    const nlohmann::json* node = stack.back();
    stack.pop_back();
    if (node->is_array()) {
      for (const nlohmann::json& child : *node) stack.push_back(&child);
      continue;
    }
    if (!node->is_object()) continue;
    for (const auto& item : node->items()) stack.push_back(&item.value());
    if (!node->contains("start") || !node->contains("end")) continue;
    const nlohmann::json& js = (*node)["start"];
    const nlohmann::json& je = (*node)["end"];
    if (js.is_null() && je.is_null()) continue;  // a source not named in the text
    if (!js.is_number_integer() || !je.is_number_integer()) return "start/end not integers";
    const int64_t start = js.get<int64_t>();
    const int64_t end = je.get<int64_t>();
    if (start < 0 || start > end || end > length) {
      return "span [" + std::to_string(start) + ", " + std::to_string(end) +
             ") outside the text of " + std::to_string(length) + " code points";
    }
    if (node->contains("text") && (*node)["text"].is_string()) {
      const std::string_view slice =
          text.substr(starts[start], starts[end] - starts[start]);
      if ((*node)["text"].get<std::string>() != slice) {
        return "span [" + std::to_string(start) + ", " + std::to_string(end) +
               ") does not slice back to its text";
      }
    }
  }
  return "";
}

inline Options fuzz_options(uint8_t selector) {
  Options options;
  switch ((selector >> 2) & 3) {
    case 1: options.prefer_dates = DatePreference::kPast; break;
    case 2: options.prefer_dates = DatePreference::kFuture; break;
    default: options.prefer_dates = DatePreference::kNearest; break;
  }
  if (selector & 0x40) options.max_bytes = 64;
  return options;
}

// One pipeline per option combination, built once.
inline const Pipeline& fuzz_pipeline(uint8_t selector) {
  static std::unique_ptr<Pipeline> pipelines[8];
  const int key = ((selector >> 2) & 3) | ((selector & 0x40) ? 4 : 0);
  if (!pipelines[key]) {
    pipelines[key] = std::make_unique<Pipeline>(LexiconSet::builtin(), fuzz_options(selector));
  }
  return *pipelines[key];
}

// Runs one fuzzer input (options byte + document) through the pipeline and the writer; returns
// the first violated invariant, or "" when all hold.
inline std::string check_pipeline_input(std::string_view input) {
  if (input.empty()) return "";
  const auto selector = static_cast<uint8_t>(input[0]);
  const std::string_view bytes = input.substr(1);
  ExternalDate date;
  if ((selector & 3) == 1) {
    date.date = CivilDate{2025, 5, 4};
    date.source = DateSource::kOption;
  } else if ((selector & 3) == 2) {
    date.date = CivilDate{2020, 2, 29};
    date.source = DateSource::kInput;
  }
  const Pipeline& pipeline = fuzz_pipeline(selector);
  Doc doc;
  const Status status = pipeline.process("fuzz", bytes, date, &doc);
  if (!status.ok()) {
    const bool binary = bytes.find('\0') != std::string_view::npos;
    const bool too_large = bytes.size() > pipeline.options().max_bytes;
    if (!(status.code() == ErrorCode::kBinaryFile && binary) &&
        !(status.code() == ErrorCode::kTooLarge && too_large)) {
      return "unexpected error " + std::string(error_code_name(status.code())) + ": " +
             status.message();
    }
    std::string out;
    write_error_json(doc.id, status, 0, JsonStyle::kCompact, &out);
    const nlohmann::json parsed = nlohmann::json::parse(out, nullptr, false);
    if (parsed.is_discarded()) return "error record is not JSON: " + out;
    if (!parsed.contains("error") || parsed["error"].value("code", "") !=
                                         std::string(error_code_name(status.code()))) {
      return "error record without its code: " + out;
    }
    return "";
  }
  std::string violation = check_doc(doc);
  if (!violation.empty()) return violation;  // the writer would slice outside the text
  std::string compact;
  write_document_json(doc, JsonStyle::kCompact, &compact);
  if (compact.empty() || compact.back() != '\n' ||
      compact.find('\n') != compact.size() - 1) {
    return "compact output is not exactly one line";
  }
  const nlohmann::json parsed = nlohmann::json::parse(compact, nullptr, false);
  if (parsed.is_discarded()) return "compact output is not valid JSON";
  violation = check_json(parsed, doc.text);
  if (!violation.empty()) return violation;
  std::string indented;
  write_document_json(doc, JsonStyle::kIndented, &indented);
  const nlohmann::json parsed_indented = nlohmann::json::parse(indented, nullptr, false);
  if (parsed_indented.is_discarded()) return "indented output is not valid JSON";
  if (parsed_indented != parsed) return "indented and compact outputs differ";
  return "";
}

// The fuzzer's entry: aborts (a crash libFuzzer saves) on the first violated invariant.
inline void check_whole_pipeline(std::string_view input) {
  const std::string violation = check_pipeline_input(input);
  if (!violation.empty()) {
    std::fprintf(stderr, "claimsift invariant violated: %s\n", violation.c_str());
    std::abort();
  }
}

}  // namespace claimsift::fuzz

#endif  // CLAIMSIFT_FUZZ_FUZZ_INVARIANTS_H_
