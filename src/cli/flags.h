// The flags of the claimsift command: one definition each (short doc, group), CLI11 behind it.
// The only file of the project that includes CLI11.
// Tested by tests/e2e_cli_test.cc.
#ifndef CLAIMSIFT_CLI_FLAGS_H_
#define CLAIMSIFT_CLI_FLAGS_H_

#include "cli/cli_args.h"

namespace claimsift::cli {

// The default --ext list.
inline constexpr const char* kDefaultExtensions = "txt,text,md";

// Parses argv into *args. Returns -1 to go on, or the exit code to end with: 0 after --help or
// --version (printed on stdout), 2 after a usage error (printed on stderr).
int parse_flags(int argc, char** argv, CliArgs* args);

// The short usage printed when claimsift has nothing to read (no path, stdin a terminal).
const char* short_usage();

}  // namespace claimsift::cli

#endif  // CLAIMSIFT_CLI_FLAGS_H_
