// Errors the library reports: a stable code, a message, and where it applies.
//
// The library never aborts on bad input; each function that can fail returns a Status (after
// re2's RE2::ErrorCode and sentencepiece's util::Status). Codes are few, stable and appear in
// claimsift/1 error records as the snake_case name beside each enumerator.
//
// Tested by tests/reader_test.cc and tests/e2e_cli_test.cc.
#ifndef CLAIMSIFT_STATUS_H_
#define CLAIMSIFT_STATUS_H_

#include <string>
#include <string_view>

namespace claimsift {

enum class ErrorCode {
  kOk = 0,        // ok
  kNotFound,      // not_found: the path does not exist
  kUnreadable,    // unreadable: permission denied, I/O error, a folder that cannot be listed
  kIsDirectory,   // is_directory: a folder where a file was expected
  kBinaryFile,    // binary_file: the file has NUL bytes
  kTooLarge,      // too_large: the document is over --max-bytes
  kInvalidJson,   // invalid_json: a JSON Lines line that is not a JSON object
  kInvalidRecord, // invalid_record: a JSON Lines record without a string "text", or a bad "date"
  kInvalidDate,   // invalid_date: a date that is not a real YYYY-MM-DD calendar date
  kInvalidLexicon,// invalid_lexicon: a user lexicon file that does not parse
  kInternal,      // internal: a bug; please report it
};

// The stable snake_case name of a code ("binary_file").
std::string_view error_code_name(ErrorCode code);

class Status {
 public:
  Status() = default;
  Status(ErrorCode code, std::string message) : code_(code), message_(std::move(message)) {}
  static Status Ok() { return Status(); }

  bool ok() const { return code_ == ErrorCode::kOk; }
  ErrorCode code() const { return code_; }
  const std::string& message() const { return message_; }

 private:
  ErrorCode code_ = ErrorCode::kOk;
  std::string message_;
};

}  // namespace claimsift

#endif  // CLAIMSIFT_STATUS_H_
