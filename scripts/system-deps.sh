#!/usr/bin/env bash
# system-deps.sh: install the Debian/Ubuntu packages that building and testing
# Claimdesk needs, but only those that are missing. Uses sudo when not root.
#   scripts/system-deps.sh          packages for building the GUI (cgo + GL/X11)
#   scripts/system-deps.sh --test   the same plus what the tests use (pdftotext, sqlite3)
set -euo pipefail
pkgs=(gcc libc6-dev pkg-config libgl1-mesa-dev libx11-dev libxcursor-dev libxrandr-dev
      libxinerama-dev libxi-dev libxxf86vm-dev ca-certificates)
if [[ ${1:-} == --test ]]; then
  pkgs+=(poppler-utils sqlite3)
fi
if ! command -v dpkg-query >/dev/null; then
  echo "system-deps: not a Debian/Ubuntu system; install the equivalents of: ${pkgs[*]}" >&2
  exit 0
fi
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0
echo "system-deps: installing ${missing[*]}"
sudo=""
[[ $(id -u) -ne 0 ]] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
