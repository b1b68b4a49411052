#!/usr/bin/env bash
# uiwalk.sh BINARY DB OUT [LANG]: walk the window as a checker would on a
# large database and log every stall, for BENCHMARKS.md ("The window at
# 1,000,000 claims"). Inside Xvfb (1280x800) it starts BINARY on a copy-free
# DB with CLAIMDESK_STALL_MS (default here 20) and, driven by xdotool: the
# Claims view; the list's scroll bar dragged to the end; the claims filtered
# by a common word (WORD, default "regierung"); the second row opened; the
# Search view searched for the same word and its list dragged to the end.
# Screenshots and the app's log go to OUT; at the end it prints the stalls
# of the UI goroutine (wall time: drawing and machine load included) and the
# app's own UI callbacks of at least the threshold with their CPU time (the
# part that would grow with the database). Fresh preferences each run; the
# first dialog (the checker's name) is dismissed with Escape.
# Needs: xvfb xauth xdotool imagemagick.
set -euo pipefail
[[ $# -ge 3 || -n ${UIWALK_INSIDE:-} ]] || { echo "usage: $0 BINARY DB OUT [LANG]" >&2; exit 2; }
for t in xvfb-run xdotool import; do
	command -v "$t" >/dev/null || { echo "uiwalk: $t missing: apt-get install -y xvfb xauth xdotool imagemagick" >&2; exit 2; }
done
if [[ -n ${UIWALK_INSIDE:-} ]]; then
	:
else
bin=$(realpath "$1")
db=$(realpath "$2")
out=$(realpath -m "$3")
lang=${4:-en_US.UTF-8}
word=${WORD:-regierung}
mkdir -p "$out"
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
fi

# inside runs in the virtual display.
inside() {
	shot() { import -window root "$out/$1.png"; }
	step() { echo "$1 $(date +%T.%3N)" >>"$out/steps"; }
	HOME=$home LANG=$lang CLAIMDESK_STALL_MS=${CLAIMDESK_STALL_MS:-20} "$bin" --db "$db" >"$out/app.log" 2>&1 &
	local app=$!
	sleep "${WALK_START_WAIT:-10}"
	shot 01-start
	xdotool key Escape
	sleep 1
	step claims
	xdotool key ctrl+2
	sleep 2
	step scroll-to-end
	xdotool mousemove 630 207 mousedown 1
	for y in 250 350 450 550 650 700; do xdotool mousemove 630 "$y"; sleep 0.3; done
	xdotool mouseup 1
	sleep 5
	shot 02-list-end
	step filter
	xdotool key ctrl+f
	sleep 0.5
	xdotool type --delay 80 "$word"
	xdotool key Return
	sleep 8
	shot 03-filtered
	step open
	xdotool mousemove 400 290 click 1
	sleep 3
	shot 04-opened
	step search
	xdotool key ctrl+4
	sleep 1
	xdotool key ctrl+f ctrl+a
	xdotool type --delay 80 "$word"
	xdotool key Return
	sleep 10
	shot 05-search
	xdotool mousemove 1274 132 mousedown 1
	for y in 300 500 700; do xdotool mousemove 1274 "$y"; sleep 0.3; done
	xdotool mouseup 1
	sleep 4
	shot 06-search-end
	step done
	kill "$app"
	wait "$app" 2>/dev/null || true
}
if [[ -n ${UIWALK_INSIDE:-} ]]; then
	inside
	exit 0
fi
export bin db out lang word home UIWALK_INSIDE=1
rm -f "$out/steps"
xvfb-run -a -s "-screen 0 1280x800x24" "$0"

log=$out/app.log
echo "UI goroutine stalls (wall, ms; drawing and machine load included):"
grep "UI stalled" "$log" | awk '{print $6}' | sort -n |
	awk '{a[NR] = $1} END {if (NR) printf "  %d stalls, median %d, p95 %d, max %d\n", NR, a[int(NR/2)+1], a[int(NR*0.95)+1], a[NR]; else print "  none"}'
echo "The app's own UI callbacks of at least the threshold (wall, CPU):"
grep "UI callback" "$log" | sed 's/.*UI callback /  /' || echo "  none"
