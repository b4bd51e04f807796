// Where records go: stdout (block-buffered, or flushed per record on a terminal; a closed pipe
// is reported, not fatal) or --output-dir (one file per document). Used by the driver's single
// writer thread only.
//
// --output-dir paths mirror the input: a file found under a walked folder keeps its path under
// that folder, a named file its name, stdin is "stdin", a JSON Lines record goes under a folder
// named after its file with its id as the name; the extension is replaced by ".json". Ids are
// made safe (no absolute paths, no "..", no empty parts). Two documents that would get the same
// name: the later one keeps its extension ("a.md.json"), then gets a number ("a-2.json").
//
// Tested by tests/e2e_cli_test.cc.
#ifndef CLAIMSIFT_CLI_OUTPUT_SINK_H_
#define CLAIMSIFT_CLI_OUTPUT_SINK_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "claimsift/html_writer.h"

namespace claimsift::cli {

// A processed document, ready to emit.
struct DocResult {
  std::string record;    // the claimsift/1 JSON, ending with '\n'
  bool failed = false;   // an error record
  uint64_t input_bytes = 0;  // the document's text (for the progress line)
  std::string message;   // the stderr line's reason when failed
  std::string message_path;  // the stderr line's path when failed
  std::string out_path;  // --output-dir: relative path, before the extension
  // --format html with --output-dir: this document's row of index.html (href set by the sink).
  std::optional<HtmlIndexEntry> html_entry;
};

enum class SinkState {
  kOk,
  kClosed,  // the reader of stdout went away (EPIPE): stop quietly
  kFailed,  // a write failed for another reason: fatal
};

class RecordSink {
 public:
  virtual ~RecordSink() = default;
  // May take result.record (the stdout sink keeps the string until it writes it out, rather
  // than copy its bytes into a buffer of its own).
  virtual SinkState write(DocResult& result) = 0;
  virtual SinkState flush() = 0;
  // Called once after the last record: flushes, and writes what covers the whole run
  // (index.html for --format html).
  virtual SinkState finish() { return flush(); }
  // What failed, for kFailed.
  const std::string& error() const { return error_; }

 protected:
  std::string error_;
};

// stdout; `per_record`: flush after each record (a terminal).
std::unique_ptr<RecordSink> make_stdout_sink(bool per_record);
// `extension` (".json", ".html", ...) ends every file name.
std::unique_ptr<RecordSink> make_dir_sink(const std::string& dir,
                                          const std::string& extension = ".json");

// The safe relative output path (with `extension`) of a raw out_path; exposed for tests.
std::string output_file_name(const std::string& raw, const std::string& extension = ".json");

}  // namespace claimsift::cli

#endif  // CLAIMSIFT_CLI_OUTPUT_SINK_H_
