#!/usr/bin/env bash
# Instruction counts of the whole run and of each stage, by callgrind: stable on a loaded
# machine, where wall times are not. Every speed commit quotes these counts.
#
#   bench/callgrind_stages.sh BINARY [INPUT.jsonl]
#
# INPUT defaults to the first 100 records of the benchmark corpus's corpus.jsonl
# ($CORPUS/corpus.jsonl, see bench/run_e2e.sh). Prints the total and the inclusive count of
# each stage; the full profile is kept for callgrind_annotate.
set -euo pipefail
BIN=${1:?usage: bench/callgrind_stages.sh BINARY [INPUT.jsonl]}
CORPUS=${CORPUS:-/tmp/claimsift-bench/corpus}
INPUT=${2:-}
if [ -z "$INPUT" ]; then
  INPUT=$(mktemp /tmp/claimsift-cg-input.XXXXXX)
  head -100 "$CORPUS/corpus.jsonl" > "$INPUT"
fi
OUT=$(mktemp /tmp/claimsift-cg.XXXXXX)
valgrind --tool=callgrind --callgrind-out-file="$OUT" "$BIN" -j 1 --input jsonl --compact \
  < "$INPUT" > /dev/null 2> "$OUT.err"
grep "refs" "$OUT.err" | sed 's/.*refs: */total: /'
callgrind_annotate --inclusive=yes "$OUT" 2>/dev/null |
  grep -E "(Tokenizer::run|SentenceSplitter::run|EntityRecognizer::run|TemporalTagger::run|ClaimExtractor::run|write_document_json|cli::process_job)\(" |
  sed -E 's/^ *([0-9,]+) .*\?\?\?:([^(]*)\(.*/  \1  \2/' | grep -v "  void "
echo "full profile: callgrind_annotate --inclusive=yes $OUT"
