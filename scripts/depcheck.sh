#!/usr/bin/env bash
# depcheck.sh: enforce the dependency direction of docs/ARCHITECTURE (see README):
# the domain imports no GUI, database or driver; the GUI imports no backend;
# the command-line tool and the reports import no GUI; desk (what the window
# and claimctl share) imports neither GUI nor backend, and nothing below it
# imports desk.
set -euo pipefail
fail=0
check() { # check PACKAGES -- BANNED_PREFIX...
  local pkgs=$1; shift
  local deps
  deps=$(go list -deps "$pkgs")
  for b in "$@"; do
    if hits=$(grep -E "^${b}(/|$)" <<<"$deps"); then
      echo "depcheck: $pkgs imports $(head -1 <<<"$hits") (banned: $b)" >&2
      fail=1
    fi
  done
}
check ./claims/... fyne.io/fyne/v2 database/sql modernc.org/sqlite github.com/jackc/pgx/v5 claimdesk/storage claimdesk/app claimdesk/desk
check ./app/... claimdesk/storage database/sql modernc.org/sqlite github.com/jackc/pgx/v5
check ./cmd/claimctl/... fyne.io/fyne/v2 claimdesk/app
# desk: the use cases both front ends call; below app, above report and importer
check ./desk/... fyne.io/fyne/v2 claimdesk/app claimdesk/storage database/sql modernc.org/sqlite github.com/jackc/pgx/v5
check ./report/... fyne.io/fyne/v2 claimdesk/storage claimdesk/app database/sql claimdesk/desk
check ./importer/... fyne.io/fyne/v2 claimdesk/storage claimdesk/app database/sql claimdesk/desk claimdesk/report
check ./storage/... fyne.io/fyne/v2 claimdesk/app claimdesk/desk
[[ $fail -eq 0 ]] && echo "depcheck: dependency direction OK"
exit $fail
