// The progress line and the summary of a batch. See progress.h.
// Tested by tests/progress_test.cc and tests/e2e_cli_test.cc.
#include "cli/progress.h"

#include <cinttypes>
#include <cstdio>

#include "cli/messages.h"

namespace claimsift::cli {

namespace {

// 1234567 -> "1,234,567".
std::string with_thousands(uint64_t n) {
  std::string digits = std::to_string(n);
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  return out;
}

std::string fixed1(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", x);
  return buf;
}

// 75 -> "1:15", 3725 -> "1:02:05".
std::string clock_time(uint64_t seconds) {
  char buf[32];
  if (seconds >= 3600) {
    std::snprintf(buf, sizeof buf, "%" PRIu64 ":%02u:%02u", seconds / 3600,
                  static_cast<unsigned>(seconds / 60 % 60), static_cast<unsigned>(seconds % 60));
  } else {
    std::snprintf(buf, sizeof buf, "%u:%02u", static_cast<unsigned>(seconds / 60),
                  static_cast<unsigned>(seconds % 60));
  }
  return buf;
}

std::string errors_part(uint64_t errors) {
  return with_thousands(errors) + (errors == 1 ? " error" : " errors");
}

double megabytes(uint64_t bytes) { return static_cast<double>(bytes) / 1e6; }

}  // namespace

std::string format_progress_line(const ProgressCounts& c) {
  std::string line = "claimsift: " + with_thousands(c.documents);
  if (c.total > 0) line += "/" + with_thousands(c.total);
  line += c.documents == 1 && c.total == 0 ? " document, " : " documents, ";
  line += errors_part(c.errors);
  line += ", " + fixed1(megabytes(c.bytes)) + " MB";
  if (c.seconds > 0) line += ", " + fixed1(megabytes(c.bytes) / c.seconds) + " MB/s";
  if (c.total > c.documents && c.documents > 0 && c.seconds > 0) {
    const double left = c.seconds / static_cast<double>(c.documents) *
                        static_cast<double>(c.total - c.documents);
    line += ", " + clock_time(static_cast<uint64_t>(left + 0.5)) + " left";
  }
  return line;
}

std::string format_summary_line(const ProgressCounts& c) {
  std::string line = "claimsift: " + with_thousands(c.documents);
  line += c.documents == 1 ? " document, " : " documents, ";
  line += errors_part(c.errors);
  line += ", " + fixed1(megabytes(c.bytes)) + " MB in " + fixed1(c.seconds) + " s";
  if (c.seconds > 0) line += " (" + fixed1(megabytes(c.bytes) / c.seconds) + " MB/s)";
  return line;
}

ProgressReporter::ProgressReporter(bool enabled)
    : enabled_(enabled), start_(std::chrono::steady_clock::now()), next_redraw_(start_) {}

ProgressCounts ProgressReporter::counts_now() const {
  ProgressCounts c;
  c.documents = documents_;
  c.errors = errors_;
  c.bytes = bytes_;
  c.total = total_.load(std::memory_order_relaxed);
  c.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  return c;
}

void ProgressReporter::record_written(uint64_t input_bytes, bool failed) {
  if (!enabled_) return;
  ++documents_;
  errors_ += failed ? 1 : 0;
  bytes_ += input_bytes;
  const auto now = std::chrono::steady_clock::now();
  if (now < next_redraw_) return;
  next_redraw_ = now + std::chrono::milliseconds(1000 / kRedrawsPerSecond);
  show_status_line(format_progress_line(counts_now()));
}

void ProgressReporter::finish() {
  if (!enabled_) return;
  clear_status_line();
  print_line(format_summary_line(counts_now()));
}

}  // namespace claimsift::cli
