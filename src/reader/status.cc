// Names of error codes. See include/claimsift/status.h.
#include "claimsift/status.h"

namespace claimsift {

std::string_view error_code_name(ErrorCode code) {
  switch (code) {
    case ErrorCode::kOk: return "ok";
    case ErrorCode::kNotFound: return "not_found";
    case ErrorCode::kUnreadable: return "unreadable";
    case ErrorCode::kIsDirectory: return "is_directory";
    case ErrorCode::kBinaryFile: return "binary_file";
    case ErrorCode::kTooLarge: return "too_large";
    case ErrorCode::kInvalidJson: return "invalid_json";
    case ErrorCode::kInvalidRecord: return "invalid_record";
    case ErrorCode::kInvalidDate: return "invalid_date";
    case ErrorCode::kInvalidLexicon: return "invalid_lexicon";
    case ErrorCode::kInternal: return "internal";
  }
  return "internal";
}

}  // namespace claimsift
