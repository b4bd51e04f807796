#!/usr/bin/env bash
# Installs what claimsift needs to build and test on Debian (idempotent: installs only what is
# missing; runs apt-get update first when it has something to install). Run as root or with sudo.
set -euo pipefail
packages=(cmake g++ make libcli11-dev nlohmann-json3-dev libicu-dev libgtest-dev python3 parallel)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${missing[@]}"
fi
