// JSON Lines input: bounded line splitting and record parsing (nlohmann/json). See jsonl_input.h.
// Tested by tests/e2e_cli_test.cc.
#include "cli/jsonl_input.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <nlohmann/json.hpp>

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

Status parse_jsonl_record(std::string_view line, const std::string& default_id,
                          JsonlRecord* record) {
  record->id = default_id;
  DecodeResult decoded = decode_utf8_lossy(line);
  record->invalid_utf8 = decoded.invalid_sequences;
  nlohmann::json value;
  try {
    value = nlohmann::json::parse(decoded.text);
  } catch (const nlohmann::json::parse_error& e) {
    return Status(ErrorCode::kInvalidJson,
                  "not valid JSON (syntax error at byte " + std::to_string(e.byte) + ")");
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
    const std::string& s = date->get_ref<const std::string&>();
    if (!s.empty()) {
      std::string_view day = s;
      if (day.size() > 10 && day[10] == 'T') day = day.substr(0, 10);  // 2025-05-04T10:00:00Z
      record->date.date = parse_iso_date(day);
      if (!record->date.date) {
        return Status(ErrorCode::kInvalidRecord,
                      "\"date\": '" + s + "' is not a real calendar date written YYYY-MM-DD");
      }
      record->date.source = DateSource::kInput;
    }
  }
  record->text = std::move(text->get_ref<std::string&>());
  return Status::Ok();
}

}  // namespace claimsift::cli
