// Locked, whole-line writes to stderr. See messages.h.
// Tested by tests/e2e_cli_test.cc.
#include "cli/messages.h"

#include <unistd.h>

#include <cerrno>
#include <mutex>
#include <string>
#include <string_view>

namespace claimsift::cli {

namespace {

std::mutex& stderr_mutex() {
  static std::mutex m;
  return m;
}

// The width of the status line on the screen now (0: none shown). Under stderr_mutex().
size_t status_width = 0;

void write_all(std::string_view bytes) {
  size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::write(2, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;  // stderr is gone: nothing better to do
    done += static_cast<size_t>(n);
  }
}

// "\r", blanks over the status line, "\r" (empty when none is shown). Under stderr_mutex().
std::string status_eraser() {
  if (status_width == 0) return "";
  std::string eraser = "\r";
  eraser.append(status_width, ' ');
  eraser.push_back('\r');
  status_width = 0;
  return eraser;
}

// Code points on the screen (the lines are ASCII but for paths).
size_t display_width(std::string_view s) {
  size_t width = 0;
  for (const char c : s) width += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return width;
}

void write_line(std::string_view line) {
  std::lock_guard<std::mutex> lock(stderr_mutex());
  std::string out = status_eraser();
  out.append(line);
  out.push_back('\n');
  write_all(out);
}

}  // namespace

void print_message(std::string_view path, std::string_view reason) {
  std::string line = "claimsift: ";
  line.append(path);
  line.append(": ");
  line.append(reason);
  write_line(line);
}

void print_error(std::string_view reason) {
  std::string line = "claimsift: ";
  line.append(reason);
  write_line(line);
}

void print_line(std::string_view line) { write_line(line); }

void show_status_line(std::string_view line) {
  std::lock_guard<std::mutex> lock(stderr_mutex());
  const size_t width = display_width(line);
  std::string out = "\r";
  out.append(line);
  if (width < status_width) out.append(status_width - width, ' ');
  status_width = width;
  write_all(out);
}

void clear_status_line() {
  std::lock_guard<std::mutex> lock(stderr_mutex());
  write_all(status_eraser());
}

}  // namespace claimsift::cli
