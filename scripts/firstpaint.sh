#!/usr/bin/env bash
# firstpaint.sh BINARY DB: start the Claimdesk binary on database DB inside
# Xvfb (1280x800), grab the screen in a loop and print the milliseconds from
# process start to (a) the first screen that is not all black (the window),
# (b) the first grab whose claims list shows its first row as text (first
# row) and (c) the first such grab whose list region, with the count and the
# filters above the rows, is as in the later grabs (the list complete; the
# figure BENCHMARKS.md calls "claims list"). Fresh preferences each
# run. It waits for the list up to FIRSTPAINT_TIMEOUT seconds (default 30)
# and exits 1 with a message, keeping its screenshots, when the list did not
# appear or the app exited first; it never reports a time for a screen that
# does not show the list.
#
# "Shows its first row as text": in the first row's text line (LIST_ROW, an
# ImageMagick geometry, default that of the English window at 1280x800) at
# least 0.4 % of the pixels differ from the background, about six characters;
# a row still loading shows "…", the start screen nothing there. An empty
# database, or one whose first claim is shorter, fails. Needs: xvfb xauth
# imagemagick. Used for BENCHMARKS.md ("Desktop app").
set -euo pipefail

# ink FILE GEOMETRY prints the share of pixels in GEOMETRY of FILE that are
# on the minority side of mid-grey: the text on a dark or light background.
ink() {
	convert "$1" -crop "$2" +repage -colorspace Gray -threshold 50% -format "%[fx:min(mean,1-mean)]" info:
}

# drawn FILE reports whether the first list row of FILE shows text.
drawn() {
	awk -v v="$(ink "$1" "$LIST_ROW")" 'BEGIN { exit !(v >= 0.004) }'
}

# same A B reports whether the list region of the grabs A and B is identical.
same() {
	convert "$1" -crop "$LIST_AREA" +repage "$W/a.png"
	convert "$2" -crop "$LIST_AREA" +repage "$W/b.png"
	[ "$(compare -metric AE "$W/a.png" "$W/b.png" null: 2>&1)" = "0" ]
}

# inside runs in the virtual display: start the app, grab until the list is
# drawn and steady (or the time is up), then find the first grab showing it.
inside() {
	local t0 app i=0 t checked=0 seen=0 status
	t0=$(date +%s%N)
	"$BIN" --db "$DB" >"$W/app.log" 2>&1 &
	app=$!
	while :; do
		i=$((i + 1))
		import -window root -quality 0 "$W/fp_$i.miff" 2>/dev/null || true
		t=$((($(date +%s%N) - t0) / 1000000))
		echo "$i $t" >>"$W/fp_times"
		if ! kill -0 "$app" 2>/dev/null; then
			status=0
			wait "$app" || status=$?
			echo "firstpaint: FAILED: the app exited (status $status) after $t ms, before the claims list appeared; its output: $W/app.log" >&2
			return 1
		fi
		if [ "$t" -gt $((TIMEOUT * 1000)) ]; then
			kill "$app"
			wait "$app" 2>/dev/null || true
			echo "firstpaint: FAILED: the claims list did not appear within $TIMEOUT s; last screen: $W/fp_$i.miff" >&2
			return 1
		fi
		if [ "$seen" = 0 ]; then
			# Look at every fourth grab only while waiting, to leave the CPU to the app.
			if [ $((i - checked)) -ge 4 ]; then
				checked=$i
				if drawn "$W/fp_$i.miff"; then seen=$i; fi
			fi
		elif same "$W/fp_$((i - 1)).miff" "$W/fp_$i.miff"; then
			break # two grabs in a row alike after the list showed: it is steady
		fi
	done
	kill "$app" 2>/dev/null || true
	wait "$app" 2>/dev/null || true
	local final=$i nonblack="" row="" list=""
	while read -r i t; do
		if [ -z "$nonblack" ] && [ "$(identify -format "%[fx:standard_deviation]" "$W/fp_$i.miff")" != "0" ]; then
			nonblack=$t
		fi
		[ -n "$nonblack" ] && drawn "$W/fp_$i.miff" || continue
		[ -n "$row" ] || row=$t
		if same "$W/fp_$i.miff" "$W/fp_$final.miff"; then
			list=$t
			break
		fi
	done <"$W/fp_times"
	if [ -z "$list" ]; then
		echo "firstpaint: FAILED: the list showed at grab $seen but no longer in the last grab; screens: $W" >&2
		return 1
	fi
	echo "window ${nonblack} ms, first row ${row} ms, claims list ${list} ms"
}

if [[ ${FIRSTPAINT_INSIDE:-} == 1 ]]; then
	inside
	exit
fi
[[ $# -eq 2 ]] || { echo "usage: $0 BINARY DB" >&2; exit 2; }
for t in xvfb-run import convert compare identify; do
	command -v "$t" >/dev/null || { echo "firstpaint: $t missing: apt-get install -y xvfb xauth imagemagick" >&2; exit 2; }
done
bin=$(realpath "$1") db=$(realpath "$2")
[[ -x $bin && -f $db ]] || { echo "firstpaint: $1 is not a program or $2 not a file" >&2; exit 2; }
work=$(mktemp -d)
export LANG=en_US.UTF-8 XDG_CONFIG_HOME=$work/config BIN=$bin DB=$db W=$work FIRSTPAINT_INSIDE=1
export TIMEOUT=${FIRSTPAINT_TIMEOUT:-30} LIST_ROW=${LIST_ROW:-445x24+185+199} LIST_AREA=${LIST_AREA:-460x150+180+80}
if xvfb-run -a -s "-screen 0 1280x800x24" "$0"; then
	[[ -n ${KEEP:-} ]] && echo "work dir: $work" >&2 || rm -rf "$work"
else
	echo "firstpaint: screenshots and the app's output kept in $work" >&2
	exit 1
fi
