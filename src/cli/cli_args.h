// The command line as parsed, before any checking or resolution: one field per flag, close to
// what the user typed (after ripgrep's lowargs.rs). flags.cc fills it; resolve.cc turns it into
// a RunConfig. Nothing here knows CLI11.
#ifndef CLAIMSIFT_CLI_CLI_ARGS_H_
#define CLAIMSIFT_CLI_CLI_ARGS_H_

#include <string>
#include <vector>

namespace claimsift::cli {

struct CliArgs {
  std::vector<std::string> paths;       // positional: files, folders, "-" for stdin
  int threads = 0;                      // -j/--threads; 0: one per core
  bool compact = false;                 // --compact
  std::string input = "auto";           // --input auto|text|jsonl
  std::string output_dir;               // --output-dir DIR
  std::vector<std::string> extensions;  // --ext (empty: the default list)
  bool hidden = false;                  // --hidden
  bool follow = false;                  // -L/--follow
  std::string max_bytes;                // --max-bytes SIZE (empty: the default)
  std::string date;                     // --date YYYY-MM-DD
  std::string prefer_dates = "nearest"; // --prefer-dates past|future|nearest
  std::vector<std::string> lexicons;    // --lexicon NAME=FILE
  std::string dump_lexicon;             // --dump-lexicon NAME
  bool list_lexicons = false;           // --list-lexicons
  bool no_messages = false;             // --no-messages
  bool progress = false;                // --progress
  bool quiet = false;                   // -q/--quiet
  std::string format = "json";          // --format json|html|summary|tsv
  std::string color = "auto";           // --color auto|always|never
};

}  // namespace claimsift::cli

#endif  // CLAIMSIFT_CLI_CLI_ARGS_H_
