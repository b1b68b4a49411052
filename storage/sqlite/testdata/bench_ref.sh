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

(cd "$root" && go run ./storage/sqlite/testdata/benchsql -n "$n") >"$work/claims.sql"
db="$work/ref.db"
sqlite3 "$db" "PRAGMA journal_mode=WAL;" >/dev/null
sqlite3 -bail "$db" <<SQL
PRAGMA foreign_keys=ON;
.read $pkg/0001_init.sql
.read $pkg/0002_search.sql
SQL

now() { date +%s.%N; }
start=$(now)
sqlite3 -bail -cmd "PRAGMA foreign_keys=ON" -cmd "PRAGMA synchronous=NORMAL" "$db" <"$work/claims.sql"
end=$(now)
echo "sqlite3 $(sqlite3 --version | cut -d' ' -f1): import of $n claims in one transaction: $(echo "$end - $start" | bc) s"

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
