#!/usr/bin/env bash
# CI job: build the pipeline fuzzer with clang, libFuzzer, AddressSanitizer and
# UndefinedBehaviorSanitizer (build-fuzz/), run it about 60 seconds from the seed corpus
# fuzz/corpus/, fail on any crash, sanitizer report, violated invariant or slow input.
# A crashing input is saved under build-fuzz/artifacts/; add it to tests/data/fuzz_regressions/.
#
#   .ci/fuzz.sh                 # FUZZ_SECONDS=60, FUZZ_RUNS=6000, FUZZ_SEED=1 by default
#
# In CI the run is reproducible: a fixed seed and a fixed number of inputs (the time is only a
# cap), so the same commit gives the same verdict; explore further by hand with another
# FUZZ_SEED and more FUZZ_RUNS / FUZZ_SECONDS.
set -euo pipefail
cd "$(dirname "$0")/.."
FUZZ_SECONDS=${FUZZ_SECONDS:-60}
FUZZ_RUNS=${FUZZ_RUNS:-6000}
FUZZ_SEED=${FUZZ_SEED:-1}
BUILD_DIR=${FUZZ_BUILD_DIR:-build-fuzz}

# clang and its runtime libraries (libFuzzer, ASan, UBSan) from Debian's packages.
packages=(clang libclang-rt-14-dev cmake make nlohmann-json3-dev libicu-dev libcli11-dev)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${missing[@]}"
fi

CC=clang CXX=clang++ cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1" \
  -DCLAIMSIFT_FUZZ=ON -DCLAIMSIFT_SANITIZE=ON -DCLAIMSIFT_TEST=OFF >/dev/null
cmake --build "$BUILD_DIR" -j "$(nproc)" --target pipeline_fuzzer

# Inputs libFuzzer finds go to a scratch corpus, never into the repository's seeds.
work="$BUILD_DIR/fuzz-corpus"
mkdir -p "$work" "$BUILD_DIR/artifacts"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
"$BUILD_DIR/fuzz/pipeline_fuzzer" -dict=fuzz/claimsift.dict -max_total_time="$FUZZ_SECONDS" \
  -runs="$FUZZ_RUNS" -seed="$FUZZ_SEED" \
  -max_len=16384 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
  -artifact_prefix="$BUILD_DIR/artifacts/" "$work" fuzz/corpus
