// One Job -> one DocResult: read the file or parse the JSON Lines record, run the pipeline,
// write the record (or the error record and its stderr reason). Runs on worker threads; all
// state is the caller's.
// Tested by tests/e2e_cli_test.cc.
#ifndef CLAIMSIFT_CLI_PROCESS_JOB_H_
#define CLAIMSIFT_CLI_PROCESS_JOB_H_

#include "claimsift/pipeline.h"
#include "cli/job.h"
#include "cli/output_sink.h"
#include "cli/run_config.h"

namespace claimsift::cli {

// `doc` is the worker's scratch Doc (reused between jobs).
DocResult process_job(Job&& job, const Pipeline& pipeline, const RunConfig& config, Doc* doc);

}  // namespace claimsift::cli

#endif  // CLAIMSIFT_CLI_PROCESS_JOB_H_
