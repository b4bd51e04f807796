// JSON Lines input: splitting a stream into lines (bounded, so one endless line cannot take all
// memory) and reading one line as a record {"id": ..., "text": ..., "date": ...}.
//
// A record: "text" a string (required); "id" a string or a number (default: SOURCE:LINE);
// "date" "YYYY-MM-DD" (also with a "T..." time after it), null or "" for none. A line that is not
// a JSON object is invalid_json; a bad field is invalid_record. Bytes that are not UTF-8 are
// replaced (U+FFFD) before parsing, so a record is not lost for them; the document gets an
// invalid_utf8 warning.
//
// Tested by tests/e2e_cli_test.cc.
#ifndef CLAIMSIFT_CLI_JSONL_INPUT_H_
#define CLAIMSIFT_CLI_JSONL_INPUT_H_

#include <functional>
#include <string>
#include <string_view>

#include "claimsift/reader.h"
#include "claimsift/status.h"

namespace claimsift::cli {

struct JsonlRecord {
  std::string id;
  std::string text;
  ExternalDate date;
  size_t invalid_utf8 = 0;  // invalid sequences replaced in the line
};

// Parses one line. On error the Status says why and record->id is the best id known (the
// record's own when it could be read, else default_id).
Status parse_jsonl_record(std::string_view line, const std::string& default_id,
                          JsonlRecord* record);

// Reads fd to its end and calls on_line(line, line_number) for each line that is not blank
// (line ends and a trailing '\r' removed). A line over max_line_bytes is passed as
// on_too_long(line_number) and skipped. Returns a read error, or ok. Stops early (ok) when a
// callback returns false. `before_read` (optional) is called before each read(), which may wait.
Status for_each_line(int fd, size_t max_line_bytes,
                     const std::function<bool(std::string&&, long)>& on_line,
                     const std::function<bool(long)>& on_too_long,
                     const std::function<bool()>& before_read = nullptr);

}  // namespace claimsift::cli

#endif  // CLAIMSIFT_CLI_JSONL_INPUT_H_
