// One document's worth of work, in input order: what the input walker hands the parallel driver.
// A Job owns its bytes; nothing in it points into another Job.
#ifndef CLAIMSIFT_CLI_JOB_H_
#define CLAIMSIFT_CLI_JOB_H_

#include <cstdint>
#include <string>

#include "claimsift/status.h"

namespace claimsift::cli {

struct Job {
  enum class Kind : uint8_t {
    kFile,      // read `path`, then process it as one document
    kText,      // process `bytes` as one document (stdin)
    kJsonLine,  // parse `bytes` as a JSON Lines record, then process its text
    kError,     // emit an error record for `error` (a path that could not be read or listed)
  };
  Kind kind = Kind::kFile;
  std::string id;        // record id: the path as named or found, "<stdin>"; kJsonLine: the
                         // source ("<stdin>", "a.jsonl") that default ids and messages name
  std::string path;      // kFile: the file to read
  std::string bytes;     // kText: the document; kJsonLine: the line
  long line = 0;         // kJsonLine (and its errors): 1-based line number
  std::string out_path;  // --output-dir: relative path of the output (before ".json");
                         // kJsonLine: the folder prefix its records' ids go under
  Status error;          // kError
};

}  // namespace claimsift::cli

#endif  // CLAIMSIFT_CLI_JOB_H_
