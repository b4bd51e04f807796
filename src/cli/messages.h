// Lines on stderr: "claimsift: PATH: reason", one whole line per write under one lock, so lines
// from different threads never interleave (after ripgrep's eprintln_locked!). Also the status
// line (progress.h): a line without its newline, redrawn in place, which every other line
// clears first.
// Tested by tests/e2e_cli_test.cc.
#ifndef CLAIMSIFT_CLI_MESSAGES_H_
#define CLAIMSIFT_CLI_MESSAGES_H_

#include <string_view>

namespace claimsift::cli {

// "claimsift: PATH: reason\n".
void print_message(std::string_view path, std::string_view reason);

// "claimsift: reason\n" (usage and fatal errors).
void print_error(std::string_view reason);

// line + "\n", as it is (the summary of a batch).
void print_line(std::string_view line);

// Draws the status line in place of the one shown: "\r", the line, blanks over the rest of a
// longer line before it; no newline.
void show_status_line(std::string_view line);

// Blanks the status line out, if one is shown, and leaves the cursor at its start.
void clear_status_line();

}  // namespace claimsift::cli

#endif  // CLAIMSIFT_CLI_MESSAGES_H_
