// The claimsift/1 writer: a Doc (or an error) -> one JSON object, compact (one line) or
// indented. A hand-written streaming writer: it appends to a caller-owned buffer, converts byte
// offsets to code points, and escapes strings per RFC 8259 (non-ASCII kept as UTF-8).
//
// Output is deterministic: the same Doc gives the same bytes.
//
// Tested by tests/json_writer_test.cc.
#ifndef CLAIMSIFT_JSON_WRITER_H_
#define CLAIMSIFT_JSON_WRITER_H_

#include <string>
#include <string_view>

#include "claimsift/doc.h"
#include "claimsift/status.h"

namespace claimsift {

enum class JsonStyle { kCompact, kIndented };

// Appends the claimsift/1 object of `doc`, followed by '\n', to *out.
void write_document_json(const Doc& doc, JsonStyle style, std::string* out);

// Appends an error record {"schema", "id", "error": {"code", "message"[, "line"]}} and '\n'.
// `line` > 0 adds the JSON Lines line number.
void write_error_json(std::string_view id, const Status& status, long line, JsonStyle style,
                      std::string* out);

// Appends `s` as a JSON string literal (with quotes).
void append_json_string(std::string_view s, std::string* out);

}  // namespace claimsift

#endif  // CLAIMSIFT_JSON_WRITER_H_
