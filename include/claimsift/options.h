// Options of the pipeline (the library's, not the command line's: src/cli/ turns flags into
// these). Defaults in the table are the behaviour with no flags.
//
//   option            default     meaning
//   max_bytes         64 MiB      larger documents are too_large errors
//   prefer_dates      kNearest    direction of a year-less / weekday-only date when tense is silent
//   default_date      none        publication date (--date, source "option"): overrides a date
//                                 header; a JSON Lines record's own "date" overrides it (reader.h)
#ifndef CLAIMSIFT_OPTIONS_H_
#define CLAIMSIFT_OPTIONS_H_

#include <cstdint>
#include <optional>

#include "claimsift/civil_date.h"
#include "claimsift/limits.h"

namespace claimsift {

enum class DatePreference : uint8_t {
  kNearest,  // the occurrence nearest to the publication date
  kPast,     // the last occurrence on or before it
  kFuture,   // the next occurrence on or after it
};

struct Options {
  uint64_t max_bytes = kDefaultMaxDocumentBytes;
  DatePreference prefer_dates = DatePreference::kNearest;
  std::optional<CivilDate> default_date;
};

}  // namespace claimsift

#endif  // CLAIMSIFT_OPTIONS_H_
