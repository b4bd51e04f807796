#!/usr/bin/env bash
# Regenerates tests/golden/*.json from tests/golden/*.txt with the binary in build/ (or $1).
# Review every changed line (git diff tests/golden) before committing.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bin="$(realpath "${1:-$root/build/claimsift}")"
cd "$root/tests/golden"
for f in *.txt; do
  "$bin" "$f" > "${f%.txt}.json" || [ $? -eq 1 ]
done
git -C "$root" diff --stat -- tests/golden
