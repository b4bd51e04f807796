// The parallel, ordered driver: one producer walks the inputs, N workers process documents,
// ONE writer emits the records in input order. Same bytes out for any -j.
//
// The idea: every Job gets a sequence number and a slot in a ring of W = max(4N, 16) slots. The
// producer may run at most W jobs ahead of the writer (it waits for the writer otherwise), so
// the jobs waiting, being processed and done-but-not-yet-written are never more than W: memory
// stays constant on an endless stream, and a slow document holds back at most W others. Workers
// take jobs in order from a queue and put each result in its job's slot; the writer waits for
// the slot of the next number, writes it (its stderr line first), frees it, and moves on. After
// spaCy's nlp.pipe(n_process=...), which cycles channels "not to break the order of docs", and
// ripgrep, which prints each file's buffered output whole.
//
// Stopping: a closed stdout or a fatal write error stops the writer; an interrupt (the signal
// thread calls interrupt()) makes the writer stop between two records, so no line is torn.
//
// One thread (-j 1), or a single document (one named file, or stdin as text): no threads at all.
// The calling thread walks, processes and writes each job in turn (same records, same order, same
// stderr lines), flushing the output before it may wait for input, as the threaded writer does.
// An interrupt then flushes the whole records written so far and ends the process with 130 at
// once, from the signal thread; if a record is being written at that moment (a lock), the run's
// thread does it before its next record or read instead.
//
// Tested by tests/e2e_cli_test.cc (-j 1 and -j 4 give the same bytes).
#ifndef CLAIMSIFT_CLI_DRIVER_H_
#define CLAIMSIFT_CLI_DRIVER_H_

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <vector>

#include "claimsift/doc.h"
#include "claimsift/pipeline.h"
#include "cli/job.h"
#include "cli/output_sink.h"
#include "cli/progress.h"
#include "cli/run_config.h"

namespace claimsift::cli {

struct DriverOutcome {
  bool any_failed = false;    // some document became an error record
  bool interrupted = false;   // interrupt() stopped the run
  bool finished = false;      // every input was walked and written (the producer is done)
  SinkState sink = SinkState::kOk;
};

class Driver {
 public:
  // progress: told of every record written (the writer's thread).
  Driver(const RunConfig& config, const Pipeline& pipeline, RecordSink* sink,
         ProgressReporter* progress);

  // Runs the whole batch on the calling thread (the writer) plus the producer and workers.
  // When the outcome is not `finished`, the producer may still be blocked reading its input:
  // the caller must end the process (_exit) rather than return from main.
  DriverOutcome run();

  // Thread-safe: stop after the record being written. Inline (see above): flushes the records
  // written and ends the process (_exit(130)) unless the run is already over.
  void interrupt();

 private:
  enum class SlotState : uint8_t { kFree, kQueued, kDone };
  struct Slot {
    SlotState state = SlotState::kFree;
    Job job;
    DocResult result;
  };

  DriverOutcome run_inline();  // no threads
  [[noreturn]] void exit_interrupted();  // inline: flush and _exit(130); mutex_ held
  bool submit(Job&& job);  // producer; false when the run is stopping
  void work();             // worker loop
  bool writer_should_wake() const;  // with mutex_ held
  void produce();          // producer thread body

  const RunConfig& config_;
  const Pipeline& pipeline_;
  RecordSink* sink_;
  ProgressReporter* progress_;

  const bool inline_;                    // run_inline(): one thread or a single document
  bool inline_over_ = false;             // run_inline() returned (under mutex_)
  std::atomic<bool> interrupt_pending_{false};  // inline: SIGINT came while a record was written

  std::mutex mutex_;                     // inline: held while writing a record
  std::condition_variable work_ready_;   // workers: a job is queued, or the run is over
  std::condition_variable result_ready_; // writer: the next slot is done, or the run is over
  std::condition_variable space_ready_;  // producer: a slot was freed, or the run is stopping
  std::vector<Slot> slots_;
  std::deque<uint64_t> queue_;           // sequence numbers waiting for a worker (FIFO)
  uint64_t produced_ = 0;                // jobs submitted
  uint64_t written_ = 0;                 // results written
  bool producer_done_ = false;
  bool stopping_ = false;
  bool interrupted_ = false;
};

}  // namespace claimsift::cli

#endif  // CLAIMSIFT_CLI_DRIVER_H_
