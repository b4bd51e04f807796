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

// How to run the binary, beyond arguments and stdin.
struct RunOptions {
  std::optional<std::string> stdin_data;  // nullopt: /dev/null (unless stdin_tty)
  std::string cwd;                        // empty: the current folder
  bool stdin_tty = false;                 // stdin is a pseudo-terminal
  bool stderr_tty = false;                // stderr is a pseudo-terminal (err: what it showed,
                                          // with the terminal's "\r\n" for "\n")
  bool stdout_on_stderr_tty = false;      // with stderr_tty: stdout goes to the same terminal
                                          // (out stays empty; err has both)
  bool stdout_closed = false;             // stdout is a pipe whose reader has gone (EPIPE)
  bool unprivileged = false;              // when root, run as nobody (so chmod 000 denies)
};

// Runs the binary. exit_code 125 with unprivileged: could not drop privileges (skip the test).
RunResult run_claimsift_with(const std::vector<std::string>& args, const RunOptions& options);

// A running claimsift with pipes on stdin and stdout, for streaming and signal tests.
class LiveClaimsift {
 public:
  explicit LiveClaimsift(const std::vector<std::string>& args);
  ~LiveClaimsift();
  LiveClaimsift(const LiveClaimsift&) = delete;
  LiveClaimsift& operator=(const LiveClaimsift&) = delete;
  bool write_stdin(std::string_view data);
  void close_stdin();
  // Reads stdout until it holds `n` newlines or `timeout_ms` passes; returns what was read.
  std::string read_lines(size_t n, int timeout_ms);
  void close_stdout();
  void signal(int sig);
  // Waits for the exit; reads the rest of stdout into out(). Returns the exit code (128 + sig).
  int wait();
  const std::string& out() const { return out_; }

 private:
  int pid_ = -1;
  int in_ = -1;
  int out_fd_ = -1;
  std::string out_;
};

// True when the tests run as root (chmod 000 does not stop root from reading).
bool running_as_root();

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
