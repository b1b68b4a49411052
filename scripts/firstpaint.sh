#!/usr/bin/env bash
# firstpaint.sh BINARY DB: start the Claimdesk binary on database DB inside
# Xvfb (1280x800), grab the screen in a loop and print the milliseconds from
# process start to (a) the first screen that is not all black (the window)
# and (b) the first grab whose claims-list region equals the one taken a
# second after the loop (the list complete). Fresh preferences each run.
# Needs: xvfb xauth imagemagick. Used for BENCHMARKS.md ("Desktop app").
set -euo pipefail
[[ $# -eq 2 ]] || { echo "usage: $0 BINARY DB" >&2; exit 2; }
bin=$(realpath "$1") db=$(realpath "$2")
work=$(mktemp -d)
[[ -n ${KEEP:-} ]] && echo "work dir: $work" >&2 || trap 'rm -rf "$work"' EXIT
export LANG=en_US.UTF-8 XDG_CONFIG_HOME=$work/config BIN=$bin DB=$db W=$work
xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
  t0=$(date +%s%N)
  "$BIN" --db "$DB" & app=$!
  for i in $(seq 1 200); do
    import -window root -quality 0 "$W/fp_$i.miff" 2>/dev/null
    t=$(( ($(date +%s%N) - t0) / 1000000 ))
    echo "$i $t" >> "$W/fp_times"
    [ $t -gt 5000 ] && break
  done
  sleep 1; import -window root "$W/fp_final.png"
  kill $app; wait $app 2>/dev/null || true
  crop="460x150+180+80"
  convert "$W/fp_final.png" -crop $crop "$W/fp_finalc.png"
  nonblack=""
  while read -r i t; do
    if [ -z "$nonblack" ] && [ "$(identify -format "%[fx:standard_deviation]" "$W/fp_$i.miff")" != "0" ]; then nonblack=$t; fi
    convert "$W/fp_$i.miff" -crop $crop "$W/fp_c.png"
    if [ "$(compare -metric AE "$W/fp_c.png" "$W/fp_finalc.png" null: 2>&1)" = "0" ]; then
      echo "window ${nonblack} ms, claims list ${t} ms"; exit 0
    fi
  done < "$W/fp_times"
  echo "window ${nonblack:-?} ms, claims list not complete within the 5 s of grabs"
'
