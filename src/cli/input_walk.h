// Inputs -> Jobs in input order: "-" (stdin), files (always read when named), folders walked
// recursively in sorted order, JSON Lines split into one Job per line.
//
// Walking (after ripgrep's ignore crate, without ignore files): entries of a folder are sorted
// by name (bytes) and visited depth first; hidden entries (a leading '.') are skipped unless
// --hidden; symbolic links are skipped unless --follow (then a link back to a folder being
// walked is reported once on stderr and skipped); only regular files with a listed extension
// (case-insensitive) are read. A folder that cannot be listed is an error Job in its place. No
// recursion: an explicit stack, so depth costs heap, not the call stack.
//
// Tested by tests/e2e_cli_test.cc.
#ifndef CLAIMSIFT_CLI_INPUT_WALK_H_
#define CLAIMSIFT_CLI_INPUT_WALK_H_

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "cli/job.h"
#include "cli/run_config.h"

namespace claimsift::cli {

// Receives each Job; returns false to stop the walk (the run is ending).
using JobSink = std::function<bool(Job&&)>;
// Called before a read that may wait for input (stdin, a pipe); returns false to stop the walk.
using WaitHook = std::function<bool()>;

// Walks every input of `config` in order. Returns false when the sink (or before_wait) asked to
// stop.
bool walk_inputs(const RunConfig& config, const JobSink& sink,
                 const WaitHook& before_wait = nullptr);

// The number of documents walk_inputs would hand over (error records included), when it is known
// without reading any input: nullopt when an input is stdin or JSON Lines, whose records are
// known only as they are read. Walks folders as walk_inputs does, without messages.
std::optional<uint64_t> count_documents(const RunConfig& config);

// True when the inputs are one document: one path that is stdin read as text, or a file (not a
// folder) that is not read as JSON Lines. Threads would have nothing to share.
bool is_single_document(const RunConfig& config);

}  // namespace claimsift::cli

#endif  // CLAIMSIFT_CLI_INPUT_WALK_H_
