// Flags -> RunConfig: checks values, parses dates and sizes, loads user lexicons, decides the
// output style. See run_config.h.
// Tested by tests/e2e_cli_test.cc.
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <string_view>
#include <thread>

#include "claimsift/civil_date.h"
#include "claimsift/limits.h"
#include "cli/flags.h"
#include "cli/run_config.h"

namespace claimsift::cli {

namespace {

std::string lower_ascii(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c | 0x20);
  }
  return s;
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// The built-in lexicon named `name`: its full name ("en/lists/abbreviations"), its short name
// ("abbreviations") when only one list has it, or its file path.
bool find_builtin(const std::string& name, const BuiltinLexiconInfo** found, std::string* error) {
  size_t count = 0;
  const BuiltinLexiconInfo* table = builtin_lexicon_table(&count);
  std::vector<const BuiltinLexiconInfo*> matches;
  for (size_t i = 0; i < count; ++i) {
    const std::string_view full = table[i].lexicon->name();
    if (full == name || table[i].path == name) {
      *found = &table[i];
      return true;
    }
    if (ends_with(full, "/" + name)) matches.push_back(&table[i]);
  }
  if (matches.size() == 1) {
    *found = matches[0];
    return true;
  }
  // Appended piece by piece (GCC 12 warns falsely on chained operator+ here, -Wrestrict).
  error->assign("--dump-lexicon: '");
  error->append(name);
  if (matches.empty()) {
    error->append("' is not a built-in lexicon (see --list-lexicons)");
  } else {
    error->append("' is ambiguous:");
    for (const auto* m : matches) {
      error->push_back(' ');
      error->append(m->lexicon->name());
    }
  }
  return false;
}

std::string list_lexicons() {
  size_t count = 0;
  const BuiltinLexiconInfo* table = builtin_lexicon_table(&count);
  std::vector<const BuiltinLexiconInfo*> rows;
  for (size_t i = 0; i < count; ++i) rows.push_back(&table[i]);
  std::sort(rows.begin(), rows.end(), [](const auto* a, const auto* b) {
    return a->lexicon->name() < b->lexicon->name();
  });
  std::string out;
  for (const auto* r : rows) {
    out += std::string(r->lexicon->name()) + "\t" + std::to_string(r->lexicon->size()) + "\t" +
           std::string(r->path) + "\n";
  }
  return out;
}

bool is_directory(const std::string& path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

}  // namespace

bool parse_byte_size(const std::string& s, uint64_t* bytes) {
  if (s.empty()) return false;
  uint64_t v = 0;
  size_t i = 0;
  for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i) {
    if (v > (UINT64_MAX - 9) / 10) return false;
    v = v * 10 + static_cast<uint64_t>(s[i] - '0');
  }
  if (i == 0) return false;
  int shift = 0;
  if (i < s.size()) {
    switch (s[i] | 0x20) {
      case 'k': shift = 10; break;
      case 'm': shift = 20; break;
      case 'g': shift = 30; break;
      default: return false;
    }
    ++i;
    if (i < s.size() && (s[i] | 0x20) == 'i') ++i;  // KiB, MiB
    if (i < s.size() && (s[i] | 0x20) == 'b') ++i;  // KB, MiB
    if (i != s.size()) return false;
  }
  if (shift > 0 && v > (UINT64_MAX >> shift)) return false;
  *bytes = v << shift;
  return true;
}

bool resolve_args(const CliArgs& args, bool stdin_is_tty, RunConfig* config, Resolved* resolved,
                  std::string* error) {
  // Lexicon look-ups end the run before anything is read.
  if (args.list_lexicons) {
    resolved->action = Action::kListLexicons;
    resolved->text = list_lexicons();
    return true;
  }
  if (!args.dump_lexicon.empty()) {
    const BuiltinLexiconInfo* info = nullptr;
    if (!find_builtin(args.dump_lexicon, &info, error)) return false;
    resolved->action = Action::kDumpLexicon;
    resolved->text = std::string(info->content);
    if (!resolved->text.empty() && resolved->text.back() != '\n') resolved->text += '\n';
    return true;
  }

  Options& options = config->options;
  if (!args.max_bytes.empty()) {
    uint64_t bytes = 0;
    if (!parse_byte_size(args.max_bytes, &bytes)) {
      *error = "--max-bytes: '" + args.max_bytes + "' is not a size (like 1000, 64K, 64M, 1G)";
      return false;
    }
    if (bytes > kMaxDocumentBytesCeiling) {
      *error = "--max-bytes: " + args.max_bytes + " is over the largest document claimsift reads (" +
               std::to_string(kMaxDocumentBytesCeiling) + " bytes)";
      return false;
    }
    options.max_bytes = bytes;
  }
  if (!args.date.empty()) {
    options.default_date = parse_iso_date(args.date);
    if (!options.default_date) {
      *error = "--date: invalid_date: '" + args.date +
               "' is not a real calendar date written YYYY-MM-DD";
      return false;
    }
  }
  if (args.prefer_dates == "past") {
    options.prefer_dates = DatePreference::kPast;
  } else if (args.prefer_dates == "future") {
    options.prefer_dates = DatePreference::kFuture;
  } else {
    options.prefer_dates = DatePreference::kNearest;
  }

  if (!args.lexicons.empty()) {
    std::vector<std::pair<std::string, std::string>> files;
    for (const std::string& spec : args.lexicons) {
      const size_t eq = spec.find('=');
      if (eq == std::string::npos || eq == 0 || eq + 1 == spec.size()) {
        *error = "--lexicon: '" + spec + "' is not NAME=FILE";
        return false;
      }
      std::string name = spec.substr(0, eq);
      // A short name ("hedge_cues") stands for the built-in list that ends with it.
      const BuiltinLexiconInfo* info = nullptr;
      std::string ignored;
      if (find_builtin(name, &info, &ignored)) name = std::string(info->lexicon->name());
      files.emplace_back(name, spec.substr(eq + 1));
    }
    std::string lexicon_error;
    config->user_lexicons = LexiconSet::with_user_files(files, &lexicon_error);
    if (!config->user_lexicons) {
      *error = "--lexicon: invalid_lexicon: " + lexicon_error;
      return false;
    }
    config->lexicons = config->user_lexicons.get();
  } else {
    config->lexicons = &LexiconSet::builtin();
  }

  if (args.input == "text") {
    config->input = InputFormat::kText;
  } else if (args.input == "jsonl") {
    config->input = InputFormat::kJsonl;
  } else {
    config->input = InputFormat::kAuto;
  }

  std::vector<std::string> extensions = args.extensions;
  if (extensions.empty()) {
    std::string list = kDefaultExtensions;
    size_t start = 0;
    while (start <= list.size()) {
      const size_t comma = std::min(list.find(',', start), list.size());
      extensions.push_back(list.substr(start, comma - start));
      start = comma + 1;
    }
  }
  for (std::string& e : extensions) {
    if (!e.empty() && e[0] == '.') e.erase(0, 1);
    e = lower_ascii(e);
    if (e.empty()) {
      *error = "--ext: an empty extension";
      return false;
    }
  }
  config->extensions = std::move(extensions);
  config->hidden = args.hidden;
  config->follow = args.follow;
  config->messages = !args.no_messages;
  config->progress = args.quiet      ? ProgressMode::kNever
                     : args.progress ? ProgressMode::kAlways
                                     : ProgressMode::kAuto;
  config->output_dir = args.output_dir;
  config->threads = args.threads > 0 ? static_cast<unsigned>(args.threads)
                                     : std::max(1u, std::thread::hardware_concurrency());

  config->paths = args.paths;
  if (config->paths.empty()) {
    if (stdin_is_tty) {
      resolved->action = Action::kUsage;
      return true;
    }
    config->paths.push_back("-");
  }

  // One document known in advance (one file, or stdin as text): indented for reading;
  // everything else is a stream: JSON Lines. --output-dir writes one document per file.
  bool single = config->paths.size() == 1 && config->input != InputFormat::kJsonl;
  if (single) {
    const std::string& p = config->paths[0];
    if (p != "-" && (is_directory(p) ||
                     (config->input == InputFormat::kAuto && ends_with(lower_ascii(p), ".jsonl")))) {
      single = false;
    }
  }
  if (args.format == "html") {
    config->format = OutputFormat::kHtml;
    if (!single && config->output_dir.empty()) {
      *error = "--format html writes one page per document: give one file, or --output-dir DIR "
               "for a batch (DIR/index.html lists the pages)";
      return false;
    }
  } else if (args.format == "summary") {
    config->format = OutputFormat::kSummary;
  } else if (args.format == "tsv") {
    config->format = OutputFormat::kTsv;
  }
  if (args.color == "always") {
    config->color = true;
  } else if (args.color == "auto") {
    const char* term = std::getenv("TERM");
    config->color = config->output_dir.empty() && ::isatty(1) == 1 &&
                    std::getenv("NO_COLOR") == nullptr &&
                    !(term != nullptr && std::string_view(term) == "dumb");
  }
  if (!config->output_dir.empty()) single = true;
  config->style = single && !args.compact ? JsonStyle::kIndented : JsonStyle::kCompact;
  resolved->action = Action::kRun;
  return true;
}

const char* output_extension(OutputFormat format) {
  switch (format) {
    case OutputFormat::kHtml: return ".html";
    case OutputFormat::kSummary: return ".txt";
    case OutputFormat::kTsv: return ".tsv";
    case OutputFormat::kJson: break;
  }
  return ".json";
}

}  // namespace claimsift::cli
