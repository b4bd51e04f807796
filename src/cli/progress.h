// The progress line of a batch on stderr, and the one-line summary after it (issue 6).
//
// Shown when stderr is a terminal, the records do not go to a terminal too, and the run is a
// batch (not a single document); always with --progress; never with --quiet. The line is redrawn in place (a carriage return, the
// text, blanks over what is left of the longer line before it: no escape codes, so a log file
// of a forced --progress run stays readable), at most kRedrawsPerSecond times a second, from the
// writer thread after a record is written; it is cleared before any message line on stderr
// (messages.cc) and at the end, where the summary takes its place.
//
//   claimsift: 1,234/10,000 documents, 2 errors, 6.2 MB, 15.3 MB/s, 0:03 left
//   claimsift: 10,000 documents, 2 errors, 50.0 MB in 3.3 s (15.2 MB/s)
//
// The total is known when every input is a file or a folder (not stdin, not JSON Lines): a
// second thread counts the documents the walk will find (count_documents) while the batch runs,
// and the line shows "done/total" and the time left from the moment the count is in.
//
// Tested by tests/progress_test.cc (the lines) and tests/e2e_cli_test.cc (when they show).
#ifndef CLAIMSIFT_CLI_PROGRESS_H_
#define CLAIMSIFT_CLI_PROGRESS_H_

#include <atomic>
#include <chrono>
#include <cstdint>
#include <string>

namespace claimsift::cli {

// What the progress line and the summary say.
struct ProgressCounts {
  uint64_t documents = 0;  // records written, error records included
  uint64_t errors = 0;     // error records
  uint64_t bytes = 0;      // input text of the documents written
  uint64_t total = 0;      // documents in the batch; 0: not known (yet)
  double seconds = 0;      // since the batch began
};

// "claimsift: 1,234/10,000 documents, 2 errors, 6.2 MB, 15.3 MB/s, 0:03 left" (no total: no
// "/10,000" and no time left).
std::string format_progress_line(const ProgressCounts& counts);

// "claimsift: 10,000 documents, 2 errors, 50.0 MB in 3.3 s (15.2 MB/s)".
std::string format_summary_line(const ProgressCounts& counts);

class ProgressReporter {
 public:
  static constexpr int kRedrawsPerSecond = 4;

  // enabled: draw the line and print the summary (the caller decided: terminal, flags, batch).
  explicit ProgressReporter(bool enabled);

  bool enabled() const { return enabled_; }

  // Thread-safe: the number of documents in the batch, once counted.
  void set_total(uint64_t total) { total_.store(total, std::memory_order_relaxed); }

  // Writer thread, after each record: counts it and redraws the line when it is due (the first
  // record, then at most kRedrawsPerSecond times a second).
  void record_written(uint64_t input_bytes, bool failed);

  // Writer thread, once at the end of a batch that ran to its end: clears the line and prints
  // the summary.
  void finish();

 private:
  ProgressCounts counts_now() const;

  const bool enabled_;
  const std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point next_redraw_;
  std::atomic<uint64_t> total_{0};
  uint64_t documents_ = 0;
  uint64_t errors_ = 0;
  uint64_t bytes_ = 0;
};

}  // namespace claimsift::cli

#endif  // CLAIMSIFT_CLI_PROGRESS_H_
