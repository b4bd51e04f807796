// Lines on stderr: "claimsift: PATH: reason", one whole line per write under one lock, so lines
// from different threads never interleave (after ripgrep's eprintln_locked!).
// Tested by tests/e2e_cli_test.cc.
#ifndef CLAIMSIFT_CLI_MESSAGES_H_
#define CLAIMSIFT_CLI_MESSAGES_H_

#include <string_view>

namespace claimsift::cli {

// "claimsift: PATH: reason\n".
void print_message(std::string_view path, std::string_view reason);

// "claimsift: reason\n" (usage and fatal errors).
void print_error(std::string_view reason);

}  // namespace claimsift::cli

#endif  // CLAIMSIFT_CLI_MESSAGES_H_
