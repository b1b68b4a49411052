#!/bin/sh
# Reference for the storage benchmarks: the same work done by the sqlite3
# command-line shell. It creates the real schema (the migrations of
# storage/sqlite, with the same FTS5 triggers), imports the same generated
# claims in one transaction, and runs the same ranked searches.
#
# Usage (from anywhere): storage/sqlite/testdata/bench_ref.sh [N]   (N defaults to 100000)
set -eu
n=${1:-100000}
here=$(cd "$(dirname "$0")" && pwd)
pkg=$(dirname "$here")
root=$(cd "$pkg/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$root" && go build -o "$work/benchsql" ./storage/sqlite/testdata/benchsql)
now() { date +%s.%N; }

# import MODE: a new database with the real schema, then the claims in one
# transaction; MODE "per-row" indexes each claim by its trigger, "in-bulk" pauses
# the trigger and indexes all claims in one statement, as CreateClaims does.
import() {
    mode=$1
    rm -f "$db" "$db-wal" "$db-shm"
    sqlite3 "$db" "PRAGMA journal_mode=WAL;" >/dev/null
    cat "$pkg"/0*.sql | sqlite3 -bail "$db"
    flag=""
    [ "$mode" = in-bulk ] && flag=-bulk
    "$work/benchsql" -n "$n" $flag >"$work/claims.sql"
    start=$(now)
    /usr/bin/time -f "%U %S" -o "$work/cpu" sqlite3 -bail -cmd "PRAGMA foreign_keys=ON" -cmd "PRAGMA synchronous=NORMAL" \
        -cmd "PRAGMA temp_store=MEMORY" "$db" <"$work/claims.sql"
    end=$(now)
    echo "sqlite3 $(sqlite3 --version | cut -d' ' -f1): import of $n claims in one transaction, indexed $mode:" \
        "$(echo "$end - $start" | bc) s wall, $(awk '{print $1 + $2}' "$work/cpu") s CPU"
}

db="$work/ref.db"
import per-row
import in-bulk

# Each search as Search does it: count the hits, then the 20 best by bm25
# with their snippets. Run 20 times; the mean is reported.
search() {
    term=$1
    {
        echo ".timer on"
        i=0
        while [ $i -lt 20 ]; do
            echo "SELECT count(*) FROM claims_fts WHERE claims_fts MATCH '\"$term\"*';"
            echo "SELECT c.id, snippet(claims_fts, -1, '[', ']', '…', 16) FROM claims_fts JOIN claims c ON c.seq = claims_fts.rowid WHERE claims_fts MATCH '\"$term\"*' ORDER BY bm25(claims_fts) LIMIT 20;"
            i=$((i + 1))
        done
    } | sqlite3 "$db" | awk -v term="$term" '
        /^Run Time/ { t += $4; k++ }
        !/^Run Time/ && NR <= 2 && /^[0-9]+$/ { hits = $1 }
        END { printf "ranked top-20 search for %s (%s hits): %.2f ms per search\n", term, hits, 1000 * t / (k / 2) }'
}
search regierung
search zeppelin
