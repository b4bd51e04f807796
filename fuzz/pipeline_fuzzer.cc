// libFuzzer target over the whole pipeline: Pipeline::process, then write_document_json (or
// write_error_json), with the document invariants of doc.h as the oracle. Run by .ci/fuzz.sh:
//
//   CXX=clang++ cmake -S . -B build-fuzz -DCLAIMSIFT_FUZZ=ON -DCLAIMSIFT_SANITIZE=ON
//   cmake --build build-fuzz --target pipeline_fuzzer
//   build-fuzz/fuzz/pipeline_fuzzer -dict=fuzz/claimsift.dict -max_total_time=60 CORPUS fuzz/corpus
//
// The first input byte picks the options (date source, date preference); the rest is the
// document. Checked on every input (a failure aborts with a message, which libFuzzer reports as
// a crash and saves):
//   * no crash, no sanitizer report, no exception;
//   * a failed document is binary_file (it has a NUL) or too_large, and its error record parses;
//   * Doc::text is valid UTF-8; every byte span lies inside it, begin <= end, on UTF-8
//     boundaries; tokens sorted, not overlapping, after body_begin; sentences sorted, not
//     overlapping, each the span of its token range; every index points into its list;
//   * the claimsift/1 output (compact and indented) parses as JSON (nlohmann), text_length is
//     the text's code point count, every {start, end} is inside it and slices back to the
//     object's "text", sentences are sorted.
// Every crash found becomes a file in tests/data/fuzz_regressions/ (tests/fuzz_regressions_test.cc
// runs each through the same checks, without libFuzzer).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_invariants.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  claimsift::fuzz::check_whole_pipeline(
      std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
