// The flags of the claimsift command, defined once for -h/--help (CLI11). See flags.h.
// Tested by tests/e2e_cli_test.cc.
#include "cli/flags.h"

#include <CLI/CLI.hpp>

#ifndef CLAIMSIFT_VERSION
#define CLAIMSIFT_VERSION "unknown"
#endif

namespace claimsift::cli {

namespace {

constexpr const char* kFooter = R"(Inputs:
  claimsift FILE            one document, one indented JSON object (--compact: one line)
  claimsift < FILE, -       one document from stdin
  claimsift PATH...         several files or folders: JSON Lines, one record per document, in
                            order; folders are walked in sorted order (hidden entries and
                            symbolic links skipped unless --hidden, --follow)
  claimsift --input jsonl   JSON Lines in ({"id", "text", "date"} per line), JSON Lines out;
                            any FILE.jsonl is read this way too
A document that cannot be read becomes an error record in its place in the output
({"schema", "id", "error": {"code", "message"}}) and a line on stderr; the run goes on.

Exit status:
  0  every document was processed
  1  some documents failed (their error records are in the output)
  2  usage error or fatal error (bad flag, bad --date or --lexicon, output not writable)
A closed stdout (claimsift corpus/ | head -1) ends the run quietly with 0; an interrupt (Ctrl-C)
ends it after the record being written, with 130.)";

}  // namespace

const char* short_usage() {
  return "Usage: claimsift [OPTIONS] [PATH...]\n"
         "claimsift reads a file, a folder, or stdin (- or a pipe); stdin is a terminal here.\n"
         "Try 'claimsift --help' for more information.\n";
}

int parse_flags(int argc, char** argv, CliArgs* args) {
  CLI::App app{
      "claimsift: people, places, dates, events and epistemically marked claims in celebrity\n"
      "and entertainment news, as JSON (schema claimsift/1).",
      "claimsift"};
  app.footer(kFooter);
  app.set_version_flag("-V,--version", std::string("claimsift ") + CLAIMSIFT_VERSION);
  app.get_formatter()->column_width(30);

  app.add_option("PATH", args->paths,
                 "Files and folders to read; - for stdin (the default when stdin is piped)")
      ->type_name("");

  app.add_option("--input", args->input, "Input format (auto: JSON Lines for .jsonl files)")
      ->type_name("FORMAT")
      ->check(CLI::IsMember({"auto", "text", "jsonl"}))
      ->default_str("auto")
      ->group("Input");
  app.add_option("--ext", args->extensions,
                 std::string("File extensions read when walking folders, comma-separated; * for "
                             "all (default ") + kDefaultExtensions + ")")
      ->type_name("LIST")
      ->allow_extra_args(false)  // one value per --ext: "--ext md corpus/" reads corpus/
      ->delimiter(',')
      ->group("Input");
  app.add_flag("--hidden", args->hidden, "Walk hidden files and folders too")->group("Input");
  app.add_flag("-L,--follow", args->follow, "Follow symbolic links when walking folders")
      ->group("Input");
  app.add_option("--max-bytes", args->max_bytes,
                 "Largest document read, in bytes (K, M, G suffixes; default 64M); larger ones "
                 "are too_large errors")
      ->type_name("SIZE")
      ->group("Input");

  app.add_flag("--compact", args->compact, "One line per document, even for a single file")
      ->group("Output");
  app.add_option("--output-dir", args->output_dir,
                 "Write one DIR/NAME.json per document, mirroring the input tree, instead of "
                 "stdout")
      ->type_name("DIR")
      ->group("Output");
  app.add_option("--format", args->format,
                 "json: claimsift/1 records; html: a page per document (a batch needs "
                 "--output-dir, which also gets index.html); summary: readable text; tsv: one "
                 "row per claim, with a header row")
      ->check(CLI::IsMember({"json", "html", "summary", "tsv"}))
      ->type_name("FORMAT")
      ->group("Output");
  app.add_option("--color", args->color,
                 "Colour in --format summary: auto (stdout a terminal, NO_COLOR unset, TERM not "
                 "dumb), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->type_name("WHEN")
      ->group("Output");
  app.add_flag("--no-messages", args->no_messages,
               "No per-document error lines on stderr (the error records stay)")
      ->group("Output");
  CLI::Option* progress =
      app.add_flag("--progress", args->progress,
                   "Show the progress line and the summary of a batch on stderr even when it "
                   "is not a terminal (the default when it is one)")
          ->group("Output");
  app.add_flag("-q,--quiet", args->quiet, "No progress line and no summary on stderr")
      ->excludes(progress)
      ->group("Output");

  app.add_option("--date", args->date,
                 "Publication date YYYY-MM-DD: overrides a date header; a JSON Lines record's "
                 "\"date\" overrides it")
      ->type_name("YYYY-MM-DD")
      ->group("Dates");
  app.add_option("--prefer-dates", args->prefer_dates,
                 "Year-less or weekday-only dates, when tense does not tell: the nearest "
                 "occurrence, the last one before publication, or the next one after")
      ->type_name("WHEN")
      ->check(CLI::IsMember({"nearest", "past", "future"}))
      ->default_str("nearest")
      ->group("Dates");

  app.add_option("--lexicon", args->lexicons,
                 "Merge a lexicon file over the built-in list NAME (repeatable); see "
                 "--list-lexicons")
      ->allow_extra_args(false)
      ->type_name("NAME=FILE")
      ->group("Lexicons");
  app.add_option("--dump-lexicon", args->dump_lexicon,
                 "Print the built-in lexicon NAME as its file (a start for --lexicon) and exit")
      ->type_name("NAME")
      ->group("Lexicons");
  app.add_flag("--list-lexicons", args->list_lexicons,
               "List the built-in lexicons (name, entries, source file) and exit")
      ->group("Lexicons");

  app.add_option("-j,--threads", args->threads,
                 "Documents processed in parallel (default: one per core); output is the same "
                 "for any value")
      ->type_name("N")
      ->check(CLI::Range(0, 1024))
      ->group("Performance");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == static_cast<int>(CLI::ExitCodes::Success) ? 0 : 2;
  }
  return -1;
}

}  // namespace claimsift::cli
