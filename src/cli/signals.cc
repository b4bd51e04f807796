// SIGPIPE ignored, SIGINT taken by a thread of its own. See signals.h.
// Tested by tests/e2e_cli_test.cc.
#include "cli/signals.h"

#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include <mutex>
#include <thread>

namespace claimsift::cli {

namespace {

std::mutex& handler_mutex() {
  static std::mutex m;
  return m;
}

std::function<void()>& handler() {
  static std::function<void()> h;
  return h;
}

}  // namespace

void install_signal_handling() {
  ::signal(SIGPIPE, SIG_IGN);
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  pthread_sigmask(SIG_BLOCK, &set, nullptr);  // inherited by every thread started later
  std::thread([set] {
    bool asked = false;
    while (true) {
      int sig = 0;
      if (sigwait(&set, &sig) != 0) continue;
      std::function<void()> h;
      {
        std::lock_guard<std::mutex> lock(handler_mutex());
        h = handler();
      }
      if (!h || asked) ::_exit(130);
      asked = true;
      h();
    }
  }).detach();
}

void set_interrupt_handler(std::function<void()> h) {
  std::lock_guard<std::mutex> lock(handler_mutex());
  handler() = std::move(h);
}

}  // namespace claimsift::cli
