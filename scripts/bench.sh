#!/usr/bin/env bash
# bench.sh [SIZE]: the scale benchmark of BENCHMARKS.md ("At scale").
# Builds a deterministic database of SIZE generated claims (default 100000;
# articles, sources, evidence and history included, see
# storage/sqlite/internal/benchtool), measures Claimdesk on it and runs the
# same SQL in the sqlite3 shell, prints both side by side, and ends with one
# machine-readable line per figure.
#
# Each figure: RUNS runs (default 7, at least 5) after one warm-up, median
# (p50) and p95 of the wall time, and the median CPU time (user + system),
# which is the steadier figure on a loaded machine. The PDF figure is the
# peak resident memory of "claimctl export --format pdf" on 10,000 claims.
#
# Databases are kept in BENCH_DIR (default: a temporary directory removed at
# the end); set it to reuse a database, since building 1,000,000 claims takes
# minutes. Needs: go, sqlite3 (apt package sqlite3), /usr/bin/time.
set -euo pipefail
size=${1:-100000}
runs=${RUNS:-7}
((runs >= 5)) || runs=5
root=$(cd "$(dirname "$0")/.." && pwd)
if [[ -n ${BENCH_DIR:-} ]]; then
	work=$BENCH_DIR
	mkdir -p "$work"
else
	work=$(mktemp -d)
	trap 'rm -rf "$work"' EXIT
fi
for tool in sqlite3 /usr/bin/time; do
	command -v "$tool" >/dev/null || { echo "bench.sh: $tool is missing (apt install sqlite3 time)" >&2; exit 1; }
done

(cd "$root" && CGO_ENABLED=0 go build -o "$work/benchtool" ./storage/sqlite/internal/benchtool &&
	CGO_ENABLED=0 go build -o "$work/claimctl" ./cmd/claimctl)

# database SIZE: the path of the benchmark database of SIZE claims, built
# when missing.
database() {
	local db=$work/bench-$1.db
	[[ -f $db ]] || "$work/benchtool" build -db "$db" -n "$1" >&2
	echo "$db"
}

db=$(database "$size")
"$work/benchtool" measure -db "$db" -runs "$runs" >"$work/go.txt"

# shell NAME SQL: runs SQL RUNS times (after a warm-up) in one sqlite3 shell
# and prints NAME_p50_ms, NAME_p95_ms and NAME_cpu_p50_ms.
shell() {
	local name=$1 sql=$2
	{
		echo ".output /dev/null"
		echo ".timer on"
		for _ in $(seq 0 "$runs"); do echo "$sql"; done
	} | sqlite3 "$db" | awk -v n="$name" '
		/^Run Time:/ { if (seen++) { real[++k] = $4 * 1000; cpu[k] = ($6 + $8) * 1000 } }
		function q(a, p,   i, j, t, m) {
			m = k; for (i = 1; i <= m; i++) for (j = i + 1; j <= m; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
			i = int(p * m + 0.999999); if (i < 1) i = 1; return a[i]
		}
		END { printf "%s_p50_ms=%.2f\n%s_p95_ms=%.2f\n", n, q(real, 0.5), n, q(real, 0.95)
		      printf "%s_cpu_p50_ms=%.2f\n", n, q(cpu, 0.5) }'
}

# The SQL of the exhaustive ranked search (every hit scored by bm25, as
# Claimdesk did before its top-k index) and of the claims list's first page.
search_sql() {
	local m="'\"$1\"*'"
	echo "SELECT kind, seq, rank, count(*) OVER () FROM (" \
		"SELECT 'claim' AS kind, rowid AS seq, bm25(claims_fts) AS rank FROM claims_fts WHERE claims_fts MATCH $m" \
		"UNION ALL SELECT 'article', rowid, bm25(articles_fts, 4.0, 1.0) FROM articles_fts WHERE articles_fts MATCH $m" \
		"UNION ALL SELECT 'source', rowid, bm25(sources_fts, 4.0, 2.0, 1.0, 1.0) FROM sources_fts WHERE sources_fts MATCH $m" \
		"UNION ALL SELECT 'evidence', rowid, bm25(evidence_fts) FROM evidence_fts WHERE evidence_fts MATCH $m" \
		") ORDER BY rank, kind, seq LIMIT 20;"
}
# The list reads the status runs of claims_status merged in time order, as
# Claimdesk does (storage/sqlite/claims_merge.go).
runs_sql=$(for st in new researching in_review published discarded; do
	printf "SELECT c.updated_at AS u, c.seq AS s FROM claims c WHERE c.status = '%s' UNION ALL " "$st"; done)
list_sql="SELECT count(*) FROM claims c; SELECT c.id, c.text, c.status, c.updated_at,
 (SELECT json_group_array(tag) FROM (SELECT tag FROM claim_tags t WHERE t.claim_id = c.id ORDER BY position))
 FROM (${runs_sql% UNION ALL } ORDER BY u DESC, s DESC LIMIT 100 OFFSET 0) p JOIN claims c ON c.seq = p.s ORDER BY p.u DESC, p.s DESC;"
{
	shell search_common "$(search_sql regierung)"
	shell search_rare "$(search_sql zeppelin)"
	shell list_first_page "$list_sql"
} >"$work/shell.txt"

pdf_kib=$(/usr/bin/time -f %M "$work/claimctl" --db "$(database 10000)" export --format pdf \
	--out "$work/bench.pdf" 2>&1 >/dev/null | tail -1)

val() { grep "^$2=" "$1" | cut -d= -f2; }
printf '\nClaimdesk scale benchmark: %d claims, %d runs per figure, %s, load %s\n' \
	"$size" "$runs" "$(date -u +%Y-%m-%dT%H:%MZ)" "$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo ?)"
printf '%-18s %28s %28s\n' "figure (ms)" "Claimdesk p50 / p95 (CPU)" "sqlite3 shell p50 / p95 (CPU)"
for f in search_common search_rare list_first_page open; do
	cd_fig=$(printf '%s / %s (%s)' "$(val "$work/go.txt" "${f}_p50_ms")" "$(val "$work/go.txt" "${f}_p95_ms")" "$(val "$work/go.txt" "${f}_cpu_p50_ms")")
	sh_fig="–"
	[[ $f != open ]] && sh_fig=$(printf '%s / %s (%s)' "$(val "$work/shell.txt" "${f}_p50_ms")" "$(val "$work/shell.txt" "${f}_p95_ms")" "$(val "$work/shell.txt" "${f}_cpu_p50_ms")")
	printf '%-18s %28s %28s\n' "$f" "$cd_fig" "$sh_fig"
done
printf 'database: %s bytes; PDF export of 10,000 claims: peak %d MiB\n' "$(val "$work/go.txt" db_bytes)" $((pdf_kib / 1024))
printf 'in-memory search index (claims, sources, evidence, articles), built after open: %s ms (CPU %s ms); heap after it %s MiB\n\n' \
	"$(val "$work/go.txt" search_index_build_ms)" "$(val "$work/go.txt" search_index_build_cpu_ms)" "$(val "$work/go.txt" heap_after_index_mib)"

echo "search_common_p95_ms=$(val "$work/go.txt" search_common_p95_ms)"
echo "search_rare_p95_ms=$(val "$work/go.txt" search_rare_p95_ms)"
echo "list_first_page_p95_ms=$(val "$work/go.txt" list_first_page_p95_ms)"
echo "open_ms=$(val "$work/go.txt" open_p50_ms)"
echo "db_bytes=$(val "$work/go.txt" db_bytes)"
echo "pdf10k_peak_mib=$((pdf_kib / 1024))"
