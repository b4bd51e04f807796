// Shared helpers for tests: documents built from text, and running the claimsift binary.
#ifndef CLAIMSIFT_TESTS_TEST_UTIL_H_
#define CLAIMSIFT_TESTS_TEST_UTIL_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimsift/doc.h"
#include "claimsift/pipeline.h"

namespace claimsift::testing {

// The default pipeline (built-in lexicons, default options), built once.
const Pipeline& default_pipeline();

// A Doc read from `text` (date header honoured) and run through the reader only.
Doc read_only(std::string_view text, std::optional<CivilDate> date = std::nullopt);

// A Doc read from `text` and run through every stage.
Doc annotate(std::string_view text, std::optional<CivilDate> date = std::nullopt);

// A Doc tokenised and sentence-split only (for the later stages' unit tests).
Doc tokenize_and_split(std::string_view text, std::optional<CivilDate> date = std::nullopt);

// Result of running build/claimsift.
struct RunResult {
  int exit_code = -1;  // the exit status, or 128 + signal number
  std::string out;
  std::string err;
};

// Runs the claimsift binary with `args`, feeding `stdin_data` (or /dev/null when nullopt),
// in working directory `cwd` (empty: the current one).
RunResult run_claimsift(const std::vector<std::string>& args,
                        std::optional<std::string> stdin_data = std::nullopt,
                        const std::string& cwd = "");

// A fresh temporary folder, removed with its contents on destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }
  // Writes `content` to path()/relative (creating folders) and returns the full path.
  std::string write(const std::string& relative, std::string_view content) const;

 private:
  std::string path_;
};

// Reads a whole file.
std::string read_file(const std::string& path);

// The text the JSON output's code point offsets refer to, sliced: [start, end) in code points.
std::string slice_code_points(std::string_view utf8, long start, long end);

}  // namespace claimsift::testing

#endif  // CLAIMSIFT_TESTS_TEST_UTIL_H_
