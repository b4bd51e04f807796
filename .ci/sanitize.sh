#!/usr/bin/env bash
# CI job: the full test suite built with AddressSanitizer and UndefinedBehaviorSanitizer
# (-DCLAIMSIFT_SANITIZE=ON, own build folder build-asan/), run by ctest. Any sanitizer report
# fails its test (UBSan does not recover: -fno-sanitize-recover=undefined).
#
#   .ci/sanitize.sh
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${SANITIZE_BUILD_DIR:-build-asan}

# GCC's sanitizer runtimes (libasan, libubsan) come with g++; the rest is the normal build's.
./scripts/setup.sh

# -O1 -g1: fast enough at run time, line tables for reports, and a third cheaper to compile
# than -O2 -g on the 2-core CI machine. CLAIMSIFT_X86_64_V2=OFF: this build covers the portable
# code paths (bits.h's popcount) that the release build, compiled for x86-64-v2, leaves out.
cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1" \
  -DCLAIMSIFT_SANITIZE=ON -DCLAIMSIFT_X86_64_V2=OFF >/dev/null
cmake --build "$BUILD_DIR" -j "$(nproc)"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
ctest --test-dir "$BUILD_DIR" --output-on-failure -j "$(nproc)" --timeout 600
