// For the view writers' end-to-end tests: whether the claimsift binary has --format yet (the
// flag is wired into src/cli/ separately from the writers), and a hostile article to feed it.
#ifndef CLAIMSIFT_TESTS_TOOLS_CLI_FORMATS_H_
#define CLAIMSIFT_TESTS_TOOLS_CLI_FORMATS_H_

#include <string>

#include "testing/test_util.h"

namespace claimsift::testing {

// True when `claimsift --format FORMAT` is accepted; otherwise *why says what the binary said.
inline bool cli_has_format(const std::string& format, std::string* why) {
  const RunResult r = run_claimsift({"--format", format, "-"}, std::string("Tom Cruise smiled."));
  if (r.exit_code == 0) return true;
  *why = "claimsift does not take --format " + format + " yet (exit " +
         std::to_string(r.exit_code) + "): " + r.err.substr(0, 200);
  return false;
}

inline std::string example_article_path() {
  return std::string(CLAIMSIFT_SOURCE_DIR) + "/data/examples/cruise_de_armas.txt";
}

// An article with markup, quotes, tabs, line breaks and an ESC sequence in its claims.
inline std::string hostile_article() {
  return "date 2025-05-04\n"
         "Tom Cruise <script>document.title='pwned'</script> reportedly dated Ana de Armas & "
         "\"friends\"\tin London, per People.\n\n"
         "A source said the pair \x1b[2J are rumored to be engaged <img src=x onerror=alert(1)>.\n"
         "Cruise denied the report on X.\n";
}

}  // namespace claimsift::testing

#endif  // CLAIMSIFT_TESTS_TOOLS_CLI_FORMATS_H_
