#!/usr/bin/env bash
# End-to-end benchmark of the claimsift binary on a generated corpus (issue 6's bars).
#
#   bench/run_e2e.sh                 # build Release in build-bench/, generate, measure
#   BUILD_DIR=build-x RUNS=5 bench/run_e2e.sh
#
# Builds claimsift (Release) in $BUILD_DIR (default build-bench), generates the corpus with
# bench/gen_corpus.py into $CORPUS (default /tmp/claimsift-bench/corpus, reused when present),
# then measures, each case best of $RUNS (default 3) by wall time:
#   one big file (50 MB, one document), the 10,000-file folder with -j 1 and -j 2, the JSON
#   Lines stream (-j 1 and -j 2), 1,000 separate processes on small files (ms per process),
#   peak memory (/usr/bin/time -v) on the folder and on the 50 MB document, and the
#   no-quadratic cases (50 MB without a sentence end, a 50 MB single line, 1 million short
#   sentences) as time per MB relative to the 50 MB normal document.
# Every output is checked: one record per input document (a missing feature shows as FAIL).
# Prints a Markdown table (also written to $WORK/results.md) for bench/RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build-bench}
WORK=${WORK:-/tmp/claimsift-bench}
CORPUS=${CORPUS:-$WORK/corpus}
RUNS=${RUNS:-3}
BIN=$PWD/$BUILD_DIR/claimsift

if [ ! -x /usr/bin/time ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y time
fi

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCLAIMSIFT_BENCHMARK=ON \
    >/dev/null
  cmake --build "$BUILD_DIR" -j 2 --target claimsift stage_benchmark >/dev/null
fi
mkdir -p "$WORK"
if [ ! -f "$CORPUS/short_sentences.txt" ]; then
  python3 bench/gen_corpus.py "$CORPUS"
fi

mb() { awk -v b="$(stat -c %s "$1")" 'BEGIN { printf "%.2f", b / 1e6 }'; }
CORPUS_MB=$(mb "$CORPUS/big.txt")   # the folder and the stream hold the same text
OUT=$WORK/out.jsonl
ROWS=$WORK/rows.md
: > "$ROWS"

# measure NAME MB EXPECTED_RECORDS STDIN CMD...: runs CMD (stdin from STDIN, stdout to $OUT)
# $RUNS times under /usr/bin/time; keeps the best wall time, its CPU time and the highest
# peak RSS; sets OK[NAME] when the output had the expected number of records and exit 0.
best_wall="" best_cpu="" peak_kb="" records="" status=""
declare -A OK
measure() {
  local name=$1 size=$2 expected=$3 input=$4; shift 4
  best_wall="" best_cpu="" peak_kb=0
  for _ in $(seq "$RUNS"); do
    set +e
    /usr/bin/time -f "%e %U %S %M" -o "$WORK/time.txt" "$@" < "$input" > "$OUT" \
      2> "$WORK/stderr.txt"
    status=$?
    set -e
    read -r wall user sys kb < <(tail -1 "$WORK/time.txt")
    if [ -z "$best_wall" ] || awk -v a="$wall" -v b="$best_wall" 'BEGIN { exit !(a < b) }'; then
      best_wall=$wall
      best_cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
    fi
    [ "$kb" -gt "$peak_kb" ] && peak_kb=$kb
  done
  records=$(grep -c '' "$OUT" || true)
  local check="ok"
  OK[$name]=1
  if [ "$records" != "$expected" ] || [ "$status" != 0 ]; then OK[$name]=0; fi
  if [ "$records" != "$expected" ]; then check="FAIL: $records records, expected $expected"; fi
  if [ "$status" != 0 ]; then check="$check; exit $status"; fi
  local mbps
  mbps=$(awk -v m="$size" -v w="$best_wall" 'BEGIN { if (w > 0) printf "%.1f", m / w; else print "-" }')
  printf '%-28s %8s MB %7ss wall %7ss cpu %8s MB/s %7d KB peak  %s\n' \
    "$name" "$size" "$best_wall" "$best_cpu" "$mbps" "$peak_kb" "$check" >&2
  local cmd="${*/#$BIN/claimsift}"
  [ "$input" != /dev/null ] && cmd="$cmd < $input"
  cmd=${cmd//$CORPUS\//}
  echo "| $name | \`$cmd\` | $size | $best_wall | $best_cpu | $mbps | $((peak_kb / 1024)) | $check |" >> "$ROWS"
}

# The machine, for comparing figures across runs: the same kind of VM has been seen on hosts
# whose cores differ by 2x in speed (bench/RESULTS.md, session 5).
CPU=$(lscpu | awk -F: '/^Model name/ { gsub(/^ +/, "", $2); print $2; exit }')
MHZ=$(awk -F: '/^cpu MHz/ { printf "%.0f", $2; exit }' /proc/cpuinfo)
echo "claimsift $(git rev-parse --short HEAD) $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $CPU at $MHZ MHz" >&2
declare -A WALL MBPS
measure "one 50 MB file" "$CORPUS_MB" 1 /dev/null "$BIN" --compact "$CORPUS/big.txt"
WALL[big]=$best_wall; MBPS[big]=$(awk -v m="$CORPUS_MB" -v w="$best_wall" 'BEGIN { printf "%.1f", m / w }')
BIG_PEAK_KB=$peak_kb
for j in 1 2; do
  measure "folder -j $j" "$CORPUS_MB" 10000 /dev/null "$BIN" -j "$j" "$CORPUS/corpus"
  WALL[folder$j]=$best_wall
  [ "$j" = 2 ] && FOLDER_PEAK_KB=$peak_kb
done
for j in 1 2; do
  measure "JSON Lines -j $j" "$CORPUS_MB" 10000 "$CORPUS/corpus.jsonl" "$BIN" -j "$j" --input jsonl
  WALL[jsonl$j]=$best_wall
done
for case in no_sentence_end single_line short_sentences; do
  measure "$case" "$(mb "$CORPUS/$case.txt")" 1 /dev/null "$BIN" --compact "$CORPUS/$case.txt"
  WALL[$case]=$best_wall
done

# 1,000 processes, one per small article (the shell-loop case), against an empty loop.
loop_ms() {
  local start end
  start=$(date +%s%N)
  for f in "$CORPUS"/small/*.txt; do "$@" "$f" > /dev/null 2>&1 || true; done
  end=$(date +%s%N)
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", (b - a) / 1e6 / 1000 }'
}
best_proc=""
for _ in $(seq "$RUNS"); do
  ms=$(loop_ms "$BIN")
  if [ -z "$best_proc" ] || awk -v a="$ms" -v b="$best_proc" 'BEGIN { exit !(a < b) }'; then best_proc=$ms; fi
done
true_ms=$(loop_ms /bin/cat)
small_mb=$(du -cb "$CORPUS"/small/*.txt | tail -1 | awk '{ printf "%.2f", $1 / 1e6 }')
echo "1000 processes: $best_proc ms per process (cat: $true_ms ms)" >&2
echo "| 1,000 processes | \`for f in small/*.txt; do claimsift \$f > /dev/null; done\` | $small_mb | $(awk -v m="$best_proc" 'BEGIN { printf "%.2f", m }') | - | - | - | $best_proc ms per process (\`cat\` in the same loop: $true_ms ms) |" >> "$ROWS"

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }
per_mb() { awk -v w="$1" -v m="$2" 'BEGIN { printf "%.4f", w / m }'; }
base=$(per_mb "${WALL[big]}" "$CORPUS_MB")
{
  echo
  echo "| Bar | Figure | Holds |"
  echo "|---|---|---|"
  # holds VALUE OP BAR CASE...: yes / **no**, or "n/a" when a case it depends on failed.
  holds() {
    local v=$1 op=$2 bar=$3; shift 3
    for c in "$@"; do [ "${OK[$c]:-0}" = 1 ] || { echo "n/a ($c failed)"; return; }; done
    awk -v v="$v" -v op="$op" -v bar="$bar" 'BEGIN { ok = (op == ">=") ? v >= bar : v <= bar; print ok ? "yes" : "**no**" }'
  }
  v=$(ratio "$CORPUS_MB" "${WALL[folder1]}")
  echo "| end to end, one thread, >= 25 MB/s (folder -j 1) | $v MB/s | $(holds "$v" ">=" 25 "folder -j 1") |"
  v=$(ratio "$CORPUS_MB" "${WALL[jsonl1]}")
  echo "| end to end, one thread, >= 25 MB/s (JSON Lines -j 1) | $v MB/s | $(holds "$v" ">=" 25 "JSON Lines -j 1") |"
  echo "| end to end, one thread, >= 25 MB/s (one 50 MB file) | ${MBPS[big]} MB/s | $(holds "${MBPS[big]}" ">=" 25 "one 50 MB file") |"
  v=$(ratio "${WALL[folder1]}" "${WALL[folder2]}")
  echo "| folder -j 2 >= 1.7 x -j 1 | ${v}x | $(holds "$v" ">=" 1.7 "folder -j 1" "folder -j 2") |"
  v=$(ratio "${WALL[jsonl1]}" "${WALL[jsonl2]}")
  echo "| JSON Lines -j 2 >= 1.7 x -j 1 | ${v}x | $(holds "$v" ">=" 1.7 "JSON Lines -j 1" "JSON Lines -j 2") |"
  OK[procs]=1
  echo "| <= 5 ms per process | $best_proc ms | $(holds "$best_proc" "<=" 5 procs) |"
  v=$((FOLDER_PEAK_KB / 1024))
  echo "| peak memory on the folder (-j 2) <= 100 MB | $v MB | $(holds "$v" "<=" 100 "folder -j 2") |"
  v=$(awk -v k="$BIG_PEAK_KB" -v m="$CORPUS_MB" 'BEGIN { printf "%.1f", k * 1024 / 1e6 / m }')
  echo "| peak memory on one 50 MB document <= 20 x its size | ${v}x ($((BIG_PEAK_KB / 1024)) MB) | $(holds "$v" "<=" 20 "one 50 MB file") |"
  for case in no_sentence_end single_line short_sentences; do
    v=$(ratio "$(per_mb "${WALL[$case]}" "$(mb "$CORPUS/$case.txt")")" "$base")
    echo "| $case: time per MB <= 1.5 x the 50 MB normal document | ${v}x | $(holds "$v" "<=" 1.5 "$case" "one 50 MB file") |"
  done
  # The same against the corpus as a folder (many small documents, which stay in the cache).
  corpus_base=$(per_mb "${WALL[folder1]}" "$CORPUS_MB")
  for case in no_sentence_end single_line short_sentences; do
    v=$(ratio "$(per_mb "${WALL[$case]}" "$(mb "$CORPUS/$case.txt")")" "$corpus_base")
    echo "| $case: time per MB <= 1.5 x the corpus (folder -j 1) | ${v}x | $(holds "$v" "<=" 1.5 "$case" "folder -j 1") |"
  done
} >> "$ROWS"
{
  echo "Machine: $CPU at $MHZ MHz, $(nproc) cores; claimsift $(git rev-parse --short HEAD)."
  echo
  echo "| Case | Command | Input MB | Wall s (best of $RUNS) | CPU s | MB/s | Peak MB | Check |"
  echo "|---|---|---|---|---|---|---|---|"
  cat "$ROWS"
} > "$WORK/results.md"
cat "$WORK/results.md"
