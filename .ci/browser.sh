#!/usr/bin/env bash
# CI set-up for tests/browser_test.cc: installs Debian's headless-capable Chromium (and a font
# with wide coverage) so the HTML view is checked in a real browser. Idempotent; needs root.
# Call it before the test suite runs (from .ci/run); the test skips itself when no browser is
# found, unless CLAIMSIFT_REQUIRE_BROWSER=1.
#
#   .ci/browser.sh
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then
  echo "browser.sh: $(chromium --version 2>/dev/null || echo chromium) already installed"
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends chromium fonts-dejavu-core
chromium --version || true
