// What a run does, resolved from the flags: the library's Options, the lexicons, the inputs and
// how the output looks (after ripgrep's hiargs.rs). resolve.cc builds it; the rest of src/cli/
// reads it.
#ifndef CLAIMSIFT_CLI_RUN_CONFIG_H_
#define CLAIMSIFT_CLI_RUN_CONFIG_H_

#include <memory>
#include <string>
#include <vector>

#include "claimsift/json_writer.h"
#include "claimsift/lexicon.h"
#include "claimsift/options.h"
#include "cli/cli_args.h"

namespace claimsift::cli {

enum class InputFormat {
  kAuto,   // text, except JSON Lines for files named *.jsonl
  kText,   // every input is one document
  kJsonl,  // every input is JSON Lines
};

enum class OutputFormat {
  kJson,     // claimsift/1 records (JSON Lines for a stream)
  kHtml,     // one self-contained page per document; index.html with --output-dir
  kSummary,  // human-readable text
  kTsv,      // one row per claim, header row first
};

// The progress line and the summary of a batch on stderr (progress.h).
enum class ProgressMode {
  kAuto,    // when stderr is a terminal, stdout is not, and the run is a batch
  kAlways,  // --progress
  kNever,   // --quiet
};

// The file extension of one document's output in --output-dir (".json", ".html", ...).
const char* output_extension(OutputFormat format);

struct RunConfig {
  Options options;
  std::unique_ptr<LexiconSet> user_lexicons;   // set when --lexicon was given
  const LexiconSet* lexicons = nullptr;        // user_lexicons or the built-in set
  std::vector<std::string> paths;              // "-" is stdin
  InputFormat input = InputFormat::kAuto;
  JsonStyle style = JsonStyle::kCompact;
  OutputFormat format = OutputFormat::kJson;
  bool color = false;                          // ANSI colour in summaries
  std::string output_dir;                      // empty: stdout
  std::vector<std::string> extensions;         // lower-case, no dot; "*" matches every file
  bool hidden = false;
  bool follow = false;
  bool messages = true;                        // error lines on stderr
  ProgressMode progress = ProgressMode::kAuto;
  unsigned threads = 1;
};

// What main should do after resolving.
enum class Action {
  kRun,           // process the inputs
  kDumpLexicon,   // print `text` and exit 0
  kListLexicons,  // print `text` and exit 0
  kUsage,         // print short usage, exit 2 (no path, stdin a terminal)
};

struct Resolved {
  Action action = Action::kRun;
  std::string text;  // for kDumpLexicon / kListLexicons
};

// Checks and resolves the flags. On a usage or fatal error returns false with *error set to a
// one-line message without the "claimsift: " prefix.
bool resolve_args(const CliArgs& args, bool stdin_is_tty, RunConfig* config, Resolved* resolved,
                  std::string* error);

// "64M", "1k", "1000" -> bytes (K, M, G are powers of 1024). False for anything else.
bool parse_byte_size(const std::string& s, uint64_t* bytes);

}  // namespace claimsift::cli

#endif  // CLAIMSIFT_CLI_RUN_CONFIG_H_
