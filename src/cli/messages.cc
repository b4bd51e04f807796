// Locked, whole-line writes to stderr. See messages.h.
// Tested by tests/e2e_cli_test.cc.
#include "cli/messages.h"

#include <unistd.h>

#include <cerrno>
#include <mutex>
#include <string>

namespace claimsift::cli {

namespace {

std::mutex& stderr_mutex() {
  static std::mutex m;
  return m;
}

void write_line(const std::string& line) {
  std::lock_guard<std::mutex> lock(stderr_mutex());
  size_t done = 0;
  while (done < line.size()) {
    const ssize_t n = ::write(2, line.data() + done, line.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;  // stderr is gone: nothing better to do
    done += static_cast<size_t>(n);
  }
}

}  // namespace

void print_message(std::string_view path, std::string_view reason) {
  std::string line = "claimsift: ";
  line.append(path);
  line.append(": ");
  line.append(reason);
  line.push_back('\n');
  write_line(line);
}

void print_error(std::string_view reason) {
  std::string line = "claimsift: ";
  line.append(reason);
  line.push_back('\n');
  write_line(line);
}

}  // namespace claimsift::cli
