// JSON Lines input: bounded line splitting and record parsing. See jsonl_input.h.
//
// Records are parsed by a fast path for the common flat record (string, integer, null and
// boolean members); anything else (nested values, fractions, exponents, a duplicate field,
// surrogate escapes that do not pair, any syntax error) goes to nlohmann/json, which decides
// and words every error exactly as before. Both paths give the same record.
// Tested by tests/e2e_cli_test.cc and tests/jsonl_input_test.cc.
#include "cli/jsonl_input.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <nlohmann/json.hpp>

#include "claimsift/utf8.h"
#include "reader/utf8_validate.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace claimsift::cli {

namespace {

bool is_blank_line(std::string_view line) {
  for (char c : line) {
    if (c != ' ' && c != '\t' && c != '\r') return false;
  }
  return true;
}

}  // namespace

Status for_each_line(int fd, size_t max_line_bytes,
                     const std::function<bool(std::string&&, long)>& on_line,
                     const std::function<bool(long)>& on_too_long,
                     const std::function<bool()>& before_read) {
  std::string line;
  bool skipping = false;  // inside a line over the limit
  long line_no = 1;
  char buf[1 << 16];
  auto finish = [&]() -> bool {
    bool go_on = true;
    if (skipping) {
      go_on = on_too_long(line_no);
    } else {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (!is_blank_line(line)) go_on = on_line(std::move(line), line_no);
    }
    line.clear();
    skipping = false;
    ++line_no;
    return go_on;
  };
  while (true) {
    if (before_read && !before_read()) return Status::Ok();
    const ssize_t got = ::read(fd, buf, sizeof buf);
    if (got < 0) {
      if (errno == EINTR) continue;
      return Status(ErrorCode::kUnreadable, std::strerror(errno));
    }
    if (got == 0) break;
    size_t start = 0;
    const size_t n = static_cast<size_t>(got);
    while (start < n) {
      const void* nl = std::memchr(buf + start, '\n', n - start);
      const size_t end = nl ? static_cast<size_t>(static_cast<const char*>(nl) - buf) : n;
      if (!skipping) {
        if (line.size() + (end - start) > max_line_bytes) {
          skipping = true;
          line.clear();
          line.shrink_to_fit();
        } else {
          line.append(buf + start, end - start);
        }
      }
      if (!nl) break;
      if (!finish()) return Status::Ok();
      start = end + 1;
    }
  }
  if (skipping || !line.empty()) finish();
  return Status::Ok();
}

namespace {

// One member value as the fast path saw it.
struct FastValue {
  enum class Kind : uint8_t { kAbsent, kNull, kString, kNumber, kOther } kind = Kind::kAbsent;
  std::string text;  // kString: the unescaped string; kNumber: the number as written
};

// A flat JSON object {"k": v, ...} with string, integer, true/false/null values. Returns false
// for anything it does not handle (the caller then asks nlohmann/json); never reports errors.
class FastRecordParser {
 public:
  explicit FastRecordParser(std::string_view s) : p_(s.data()), end_(s.data() + s.size()) {}

  bool parse(FastValue* id, FastValue* text, FastValue* date) {
    skip_space();
    if (!eat('{')) return false;
    skip_space();
    if (eat('}')) return at_end();
    while (true) {
      if (!eat('"')) return false;
      if (!string(&key_)) return false;
      skip_space();
      if (!eat(':')) return false;
      skip_space();
      FastValue* target = nullptr;
      if (key_ == "id") {
        target = id;
      } else if (key_ == "text") {
        target = text;
      } else if (key_ == "date") {
        target = date;
      }
      if (target == nullptr) {
        if (!value(&scratch_)) return false;
      } else {
        if (target->kind != FastValue::Kind::kAbsent) return false;  // a duplicate: nlohmann
        if (!value(target)) return false;
      }
      skip_space();
      if (eat('}')) return at_end();
      if (!eat(',')) return false;
      skip_space();
    }
  }

 private:
  bool at_end() {
    skip_space();
    return p_ == end_;
  }
  void skip_space() {
    while (p_ != end_ && (*p_ == ' ' || *p_ == '\t' || *p_ == '\r' || *p_ == '\n')) ++p_;
  }
  bool eat(char c) {
    if (p_ == end_ || *p_ != c) return false;
    ++p_;
    return true;
  }
  bool literal(std::string_view word) {
    if (static_cast<size_t>(end_ - p_) < word.size() ||
        std::memcmp(p_, word.data(), word.size()) != 0) {
      return false;
    }
    p_ += word.size();
    return true;
  }

  bool value(FastValue* v) {
    if (p_ == end_) return false;
    switch (*p_) {
      case '"':
        ++p_;
        v->kind = FastValue::Kind::kString;
        return string(&v->text);
      case 'n':
        v->kind = FastValue::Kind::kNull;
        return literal("null");
      case 't':
        v->kind = FastValue::Kind::kOther;
        return literal("true");
      case 'f':
        v->kind = FastValue::Kind::kOther;
        return literal("false");
      default:
        break;
    }
    // A non-negative integer without leading zeros that fits in 64 bits: written back as is
    // (what nlohmann's dump() gives). Signs, fractions and exponents go to nlohmann.
    const char* start = p_;
    while (p_ != end_ && *p_ >= '0' && *p_ <= '9') ++p_;
    const size_t digits = static_cast<size_t>(p_ - start);
    if (digits == 0 || digits > 19 || (digits > 1 && *start == '0')) return false;
    if (p_ != end_ && (*p_ == '.' || *p_ == 'e' || *p_ == 'E')) return false;
    v->kind = FastValue::Kind::kNumber;
    v->text.assign(start, digits);
    return true;
  }

  static int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  }
  bool hex4(uint32_t* out) {
    if (end_ - p_ < 4) return false;
    uint32_t v = 0;
    for (int k = 0; k < 4; ++k) {
      const int d = hex_digit(p_[k]);
      if (d < 0) return false;
      v = (v << 4) | static_cast<uint32_t>(d);
    }
    p_ += 4;
    *out = v;
    return true;
  }

  // The first byte at or after p_ that ends a plain run: '"', '\\' or a control character.
  const char* find_special() const {
    const char* q = p_;
#ifdef __SSE2__
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    const __m128i control_max = _mm_set1_epi8(0x1F);
    for (; end_ - q >= 16; q += 16) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(q));
      const __m128i hit =
          _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)),
                       _mm_cmpeq_epi8(_mm_min_epu8(v, control_max), v));
      const int mask = _mm_movemask_epi8(hit);
      if (mask != 0) return q + __builtin_ctz(static_cast<unsigned>(mask));
    }
#endif
    for (; q != end_; ++q) {
      const unsigned char c = static_cast<unsigned char>(*q);
      if (c == '"' || c == '\\' || c < 0x20) return q;
    }
    return end_;
  }

  // After the opening quote: the unescaped string into *out, p_ after the closing quote.
  bool string(std::string* out) {
    out->clear();
    const char* q = find_special();
    // A string with an escape is copied run by run: room for the rest of the line up front (the
    // article text is most of it) rather than growing it, and copying it over, again and again.
    if (q != end_ && *q == '\\') out->reserve(static_cast<size_t>(end_ - p_));
    while (true) {
      out->append(p_, static_cast<size_t>(q - p_));
      p_ = q;
      if (p_ == end_) return false;
      const char c = *p_++;
      if (c == '"') return true;
      if (c != '\\') return false;  // a raw control character: nlohmann reports it
      if (p_ == end_) return false;
      const char e = *p_++;
      switch (e) {
        case '"': out->push_back('"'); break;
        case '\\': out->push_back('\\'); break;
        case '/': out->push_back('/'); break;
        case 'b': out->push_back('\b'); break;
        case 'f': out->push_back('\f'); break;
        case 'n': out->push_back('\n'); break;
        case 'r': out->push_back('\r'); break;
        case 't': out->push_back('\t'); break;
        case 'u': {
          uint32_t cp = 0;
          if (!hex4(&cp)) return false;
          if (cp >= 0xDC00 && cp <= 0xDFFF) return false;  // a lone low surrogate
          if (cp >= 0xD800 && cp <= 0xDBFF) {
            uint32_t low = 0;
            if (!literal("\\u") || !hex4(&low) || low < 0xDC00 || low > 0xDFFF) return false;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          }
          append_utf8(static_cast<char32_t>(cp), out);
          break;
        }
        default:
          return false;
      }
      q = find_special();
    }
  }

  const char* p_;
  const char* end_;
  std::string key_;
  FastValue scratch_;
};

// The "date" field's string ("" keeps the document's own date), for both paths.
Status apply_date(const std::string& s, JsonlRecord* record) {
  if (s.empty()) return Status::Ok();
  std::string_view day = s;
  if (day.size() > 10 && day[10] == 'T') day = day.substr(0, 10);  // 2025-05-04T10:00:00Z
  record->date.date = parse_iso_date(day);
  if (!record->date.date) {
    return Status(ErrorCode::kInvalidRecord,
                  "\"date\": '" + s + "' is not a real calendar date written YYYY-MM-DD");
  }
  record->date.source = DateSource::kInput;
  return Status::Ok();
}

// The fields of a record, from the fast path: the same checks, in the same order, as
// parse_with_nlohmann.
Status apply_fields(FastValue& id, FastValue& text, const FastValue& date, JsonlRecord* record) {
  if (id.kind == FastValue::Kind::kString || id.kind == FastValue::Kind::kNumber) {
    record->id = std::move(id.text);
  } else if (id.kind == FastValue::Kind::kOther) {
    return Status(ErrorCode::kInvalidRecord, "\"id\" is not a string or a number");
  }
  if (text.kind != FastValue::Kind::kString) {
    return Status(ErrorCode::kInvalidRecord, "no string \"text\"");
  }
  if (date.kind != FastValue::Kind::kAbsent && date.kind != FastValue::Kind::kNull) {
    if (date.kind != FastValue::Kind::kString) {
      return Status(ErrorCode::kInvalidRecord, "\"date\" is not a string");
    }
    Status status = apply_date(date.text, record);
    if (!status.ok()) return status;
  }
  record->text = std::move(text.text);
  return Status::Ok();
}

// Any record the fast path declines (nesting, fractions, duplicate fields, syntax errors):
// nlohmann/json parses it and words every error.
Status parse_with_nlohmann(std::string_view json, JsonlRecord* record) {
  nlohmann::json value;
  try {
    value = nlohmann::json::parse(json);
  } catch (const nlohmann::json::parse_error& e) {
    return Status(ErrorCode::kInvalidJson,
                  "not valid JSON (syntax error at byte " + std::to_string(e.byte) + ")");
  } catch (const nlohmann::json::exception& e) {
    // A number too large for a double (1e999): out_of_range, which used to end the whole run.
    std::string_view what = e.what();
    const size_t bracket = what.find("] ");
    if (bracket != std::string_view::npos) what.remove_prefix(bracket + 2);
    return Status(ErrorCode::kInvalidJson, "not valid JSON (" + std::string(what) + ")");
  }
  if (!value.is_object()) return Status(ErrorCode::kInvalidJson, "not a JSON object");
  const auto id = value.find("id");
  if (id != value.end() && !id->is_null()) {
    if (id->is_string()) {
      record->id = id->get<std::string>();
    } else if (id->is_number()) {
      record->id = id->dump();
    } else {
      return Status(ErrorCode::kInvalidRecord, "\"id\" is not a string or a number");
    }
  }
  const auto text = value.find("text");
  if (text == value.end() || !text->is_string()) {
    return Status(ErrorCode::kInvalidRecord, "no string \"text\"");
  }
  const auto date = value.find("date");
  if (date != value.end() && !date->is_null()) {
    if (!date->is_string()) return Status(ErrorCode::kInvalidRecord, "\"date\" is not a string");
    Status status = apply_date(date->get_ref<const std::string&>(), record);
    if (!status.ok()) return status;
  }
  record->text = std::move(text->get_ref<std::string&>());
  return Status::Ok();
}

}  // namespace

Status parse_jsonl_record(std::string_view line, const std::string& default_id,
                          JsonlRecord* record) {
  record->id = default_id;
  std::string decoded_text;
  std::string_view json = line;
  if (valid_utf8_prefix(line) != line.size()) {
    DecodeResult decoded = decode_utf8_lossy(line);
    record->invalid_utf8 = decoded.invalid_sequences;
    decoded_text = std::move(decoded.text);
    json = decoded_text;
  } else {
    record->invalid_utf8 = 0;
  }
  {
    FastValue id, text, date;
    if (FastRecordParser(json).parse(&id, &text, &date)) {
      return apply_fields(id, text, date, record);
    }
  }
  return parse_with_nlohmann(json, record);
}

}  // namespace claimsift::cli
