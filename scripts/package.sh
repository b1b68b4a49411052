#!/usr/bin/env bash
# package.sh: build a Linux archive (binary, icon, .desktop entry) with the
# Fyne packaging tool. `fyne package` rewrites FyneApp.toml (it bumps Build),
# so it runs in a scratch copy and the checkout stays unmodified.
#   Needs: go install fyne.io/tools/cmd/fyne@v1.7.4 ; xz-utils
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
fyne=$(command -v fyne || echo "$(go env GOPATH)/bin/fyne")
[[ -x $fyne ]] || { echo "package: the fyne tool is missing: go install fyne.io/tools/cmd/fyne@v1.7.4" >&2; exit 2; }
[[ -x $root/bin/claimdesk ]] || { echo "package: build first (make build)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/assets"
cp "$root/FyneApp.toml" "$work/"
cp "$root/assets/icon.png" "$work/assets/"
cp "$root/go.mod" "$root/main.go" "$work/"   # the tool wants to see the main package; --exe skips the build
cp "$root/bin/claimdesk" "$work/claimdesk"
(cd "$work" && "$fyne" package -os linux --exe claimdesk --name Claimdesk --icon assets/icon.png)
mkdir -p "$root/dist"
mv "$work"/*.tar.xz "$root/dist/"
ls -l "$root"/dist/*.tar.xz
