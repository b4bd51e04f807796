// claimsift, the command line: a thin shell over libclaimsift (after sentencepiece's
// spm_*_main.cc). Parse the flags (flags.cc), resolve them into Options and a RunConfig
// (resolve.cc), then let the driver walk the inputs (input_walk.cc), process them in parallel
// (process_job.cc) and write the records in order (output_sink.cc), with a progress line on a
// terminal (progress.cc).
//
// Exit codes: 0 every document processed, 1 some documents failed (their error records are in
// the output), 2 usage or fatal error; 0 when stdout was closed early; 130 after SIGINT.
//
// Tested by tests/e2e_cli_test.cc.
#include <unistd.h>

#include <cerrno>
#include <optional>
#include <string>
#include <thread>

#include "claimsift/pipeline.h"
#include "claimsift/tsv_writer.h"
#include "cli/cli_args.h"
#include "cli/driver.h"
#include "cli/flags.h"
#include "cli/input_walk.h"
#include "cli/messages.h"
#include "cli/output_sink.h"
#include "cli/progress.h"
#include "cli/run_config.h"
#include "cli/signals.h"

namespace {

// Writes text to stdout for --dump-lexicon / --list-lexicons; a closed stdout is not an error.
int print_text(const std::string& text) {
  size_t done = 0;
  while (done < text.size()) {
    const ssize_t n = ::write(1, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return errno == EPIPE ? 0 : 2;
    done += static_cast<size_t>(n);
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace claimsift::cli;
  CliArgs args;
  const int parsed = parse_flags(argc, argv, &args);
  if (parsed >= 0) return parsed;
  install_signal_handling();

  RunConfig config;
  Resolved resolved;
  std::string error;
  if (!resolve_args(args, ::isatty(0) == 1, &config, &resolved, &error)) {
    print_error(error);
    return 2;
  }
  switch (resolved.action) {
    case Action::kUsage: {
      const std::string usage = short_usage();
      (void)!::write(2, usage.data(), usage.size());
      return 2;
    }
    case Action::kDumpLexicon:
    case Action::kListLexicons:
      return print_text(resolved.text);
    case Action::kRun:
      break;
  }

  const claimsift::Pipeline pipeline(*config.lexicons, config.options);
  std::unique_ptr<RecordSink> sink = config.output_dir.empty()
                                         ? make_stdout_sink(::isatty(1) == 1)
                                         : make_dir_sink(config.output_dir,
                                                         output_extension(config.format));
  if (config.format == OutputFormat::kTsv && config.output_dir.empty()) {
    std::string header;
    claimsift::write_claims_tsv_header(&header);
    if (print_text(header) != 0) return 2;
  }
  // Not when the records go to the same terminal (as curl's progress meter): they would be
  // drawn over.
  const bool records_on_terminal = config.output_dir.empty() && ::isatty(1) == 1;
  const bool show_progress =
      config.progress == ProgressMode::kAlways ||
      (config.progress == ProgressMode::kAuto && ::isatty(2) == 1 && !records_on_terminal &&
       !is_single_document(config));
  ProgressReporter progress(show_progress);
  std::thread counter;  // the batch's size, for "done/total" and the time left
  if (show_progress) {
    counter = std::thread([&config, &progress] {
      if (const std::optional<uint64_t> total = count_documents(config)) progress.set_total(*total);
    });
  }
  Driver driver(config, pipeline, sink.get(), &progress);
  set_interrupt_handler([&driver] { driver.interrupt(); });
  DriverOutcome outcome = driver.run();
  if (outcome.interrupted) {
    sink->flush();  // whole records only: the writer stopped between two
    clear_status_line();
    ::_exit(130);
  }
  if (outcome.sink == SinkState::kClosed) {
    clear_status_line();
    ::_exit(0);
  }
  if (outcome.sink == SinkState::kOk) outcome.sink = sink->finish();
  if (outcome.sink == SinkState::kFailed) {
    print_error(sink->error());
    ::_exit(2);
  }
  set_interrupt_handler(nullptr);
  if (counter.joinable()) counter.join();
  progress.finish();
  // Everything is written (no stdio buffers are used for output): skip the destructors of the
  // pipeline's tables and the lexicons, which cost more than a small document's processing.
  ::_exit(outcome.any_failed ? 1 : 0);
}
