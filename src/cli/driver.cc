// The parallel, ordered driver. See driver.h for the idea.
// Tested by tests/e2e_cli_test.cc.
#include "cli/driver.h"

#include <unistd.h>

#include <algorithm>
#include <thread>

#include "cli/input_walk.h"
#include "cli/messages.h"
#include "cli/process_job.h"

namespace claimsift::cli {

Driver::Driver(const RunConfig& config, const Pipeline& pipeline, RecordSink* sink,
               ProgressReporter* progress)
    : config_(config),
      pipeline_(pipeline),
      sink_(sink),
      progress_(progress),
      inline_(config.threads <= 1 || is_single_document(config)) {
  if (!inline_) {
    const size_t window = std::max<size_t>(16, 4 * static_cast<size_t>(config.threads));
    slots_.resize(window);
  }
}

void Driver::exit_interrupted() {
  sink_->flush();  // whole records only: the caller holds mutex_, no record is being written
  clear_status_line();
  ::_exit(130);
}

void Driver::interrupt() {
  if (inline_) {
    std::unique_lock<std::mutex> lock(mutex_, std::try_to_lock);
    if (!lock.owns_lock()) {
      // The run's thread is writing (perhaps blocked on a full pipe): it stops at its next
      // record or read. The signal thread stays free, so a second SIGINT still ends the process.
      interrupt_pending_.store(true);
      return;
    }
    if (inline_over_) return;  // main finishes the run as if no interrupt had come
    exit_interrupted();        // between two records, or waiting for input
  }
  std::lock_guard<std::mutex> lock(mutex_);
  interrupted_ = true;
  stopping_ = true;
  work_ready_.notify_all();
  result_ready_.notify_all();
  space_ready_.notify_all();
}

bool Driver::submit(Job&& job) {
  std::unique_lock<std::mutex> lock(mutex_);
  space_ready_.wait(lock, [&] { return stopping_ || produced_ - written_ < slots_.size(); });
  if (stopping_) return false;
  Slot& slot = slots_[produced_ % slots_.size()];
  slot.job = std::move(job);
  slot.state = SlotState::kQueued;
  queue_.push_back(produced_);
  ++produced_;
  work_ready_.notify_one();
  // (The writer needs no wake-up here: it waits for the next record to be done, and flushed
  // what it had before it began to wait.)
  return true;
}

void Driver::produce() {
  walk_inputs(config_, [this](Job&& job) { return submit(std::move(job)); });
  std::lock_guard<std::mutex> lock(mutex_);
  producer_done_ = true;
  work_ready_.notify_all();
  result_ready_.notify_all();
}

void Driver::work() {
  Doc doc;  // scratch, reused
  std::unique_lock<std::mutex> lock(mutex_);
  while (true) {
    work_ready_.wait(lock, [&] { return stopping_ || !queue_.empty() || producer_done_; });
    if (stopping_ || (queue_.empty() && producer_done_)) return;
    const uint64_t seq = queue_.front();
    queue_.pop_front();
    Slot& slot = slots_[seq % slots_.size()];
    Job job = std::move(slot.job);
    lock.unlock();
    DocResult result = process_job(std::move(job), pipeline_, config_, &doc);
    lock.lock();
    slot.result = std::move(result);
    slot.state = SlotState::kDone;
    if (writer_should_wake()) result_ready_.notify_one();
  }
}

// Whether the writer, waiting for the next record in order, should be woken: once a few records
// are ready for it in a row (one wake-up per several documents), or at once when no more work
// is queued (the input is slow or over: what is done must go out now).
bool Driver::writer_should_wake() const {
  constexpr uint64_t kWakeRun = 4;
  uint64_t ready = 0;
  while (ready < kWakeRun && written_ + ready < produced_ &&
         slots_[(written_ + ready) % slots_.size()].state == SlotState::kDone)
    ++ready;
  return ready >= kWakeRun || (ready > 0 && (queue_.empty() || producer_done_));
}

DriverOutcome Driver::run_inline() {
  DriverOutcome outcome;
  Doc doc;  // scratch, reused
  const auto write = [&](Job&& job) {
    DocResult result = process_job(std::move(job), pipeline_, config_, &doc);
    std::lock_guard<std::mutex> lock(mutex_);
    if (interrupt_pending_.load()) exit_interrupted();
    if (result.failed) {
      outcome.any_failed = true;
      if (config_.messages) print_message(result.message_path, result.message);
    }
    outcome.sink = sink_->write(result);
    progress_->record_written(result.input_bytes, result.failed);
    return outcome.sink == SinkState::kOk;
  };
  // Before a read that may wait (a pipe): let what is written go out now.
  const auto before_wait = [&] {
    std::lock_guard<std::mutex> lock(mutex_);
    if (interrupt_pending_.load()) exit_interrupted();
    outcome.sink = sink_->flush();
    return outcome.sink == SinkState::kOk;
  };
  outcome.finished = walk_inputs(config_, write, before_wait);
  std::lock_guard<std::mutex> lock(mutex_);
  if (interrupt_pending_.load()) exit_interrupted();
  inline_over_ = true;
  if (outcome.finished && outcome.sink == SinkState::kOk) outcome.sink = sink_->flush();
  return outcome;
}

DriverOutcome Driver::run() {
  if (inline_) return run_inline();
  DriverOutcome outcome;
  std::thread producer([this] { produce(); });
  std::vector<std::thread> workers;
  for (unsigned i = 0; i < config_.threads; ++i) workers.emplace_back([this] { work(); });

  std::unique_lock<std::mutex> lock(mutex_);
  while (true) {
    Slot* slot = &slots_[written_ % slots_.size()];
    const auto ready = [&] {
      return interrupted_ || slot->state == SlotState::kDone ||
             (producer_done_ && written_ == produced_);
    };
    if (!ready() && written_ == produced_) {
      // Nothing more is known to come yet (a slow pipe): let what is written go out now.
      lock.unlock();
      outcome.sink = sink_->flush();
      lock.lock();
      if (outcome.sink != SinkState::kOk) break;
    }
    result_ready_.wait(lock, ready);
    if (interrupted_) break;
    if (slot->state != SlotState::kDone) {
      outcome.finished = true;  // producer done and everything written
      break;
    }
    DocResult result = std::move(slot->result);
    slot->result = DocResult();
    slot->state = SlotState::kFree;
    ++written_;
    // The producer, when it waits, waits for a full window: it is woken once half of the window
    // is free again (one wake-up per several documents, not one per document).
    if (produced_ - written_ <= slots_.size() / 2) space_ready_.notify_one();
    lock.unlock();
    if (result.failed) {
      outcome.any_failed = true;
      if (config_.messages) print_message(result.message_path, result.message);
    }
    outcome.sink = sink_->write(result);
    progress_->record_written(result.input_bytes, result.failed);
    lock.lock();
    if (outcome.sink != SinkState::kOk) break;
  }
  outcome.interrupted = interrupted_;
  stopping_ = true;
  work_ready_.notify_all();
  space_ready_.notify_all();
  lock.unlock();
  for (std::thread& w : workers) w.join();
  if (outcome.finished) {
    producer.join();
  } else {
    producer.detach();  // may be blocked in read(); the caller ends the process
  }
  if (outcome.finished && outcome.sink == SinkState::kOk) outcome.sink = sink_->flush();
  return outcome;
}

}  // namespace claimsift::cli
