// Signals, the ripgrep way: SIGPIPE is ignored (a closed stdout shows up as EPIPE on write, and
// the run ends quietly with 0); SIGINT is blocked in every thread and taken by one thread of its
// own, which asks the driver to stop between two records (exit 130, no torn line). Before the
// driver runs, or at a second SIGINT, the process ends at once with 130.
// Tested by tests/e2e_cli_test.cc.
#ifndef CLAIMSIFT_CLI_SIGNALS_H_
#define CLAIMSIFT_CLI_SIGNALS_H_

#include <functional>

namespace claimsift::cli {

// Call once, first thing in main, before any other thread starts.
void install_signal_handling();

// What the signal thread calls at SIGINT (nullptr: exit at once with 130).
void set_interrupt_handler(std::function<void()> handler);

}  // namespace claimsift::cli

#endif  // CLAIMSIFT_CLI_SIGNALS_H_
