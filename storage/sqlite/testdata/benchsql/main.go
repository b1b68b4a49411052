// Command benchsql writes the SQL that inserts the benchmark's generated
// claims (and one "created" history event each) in one transaction, for
// the sqlite3 reference run in bench_ref.sh. With -bulk it indexes them
// for search the way CreateClaims does for many claims.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"strings"

	"claimdesk/storage/sqlite/internal/benchgen"
)

// main writes the SQL that inserts -n generated claims with their events to
// standard output.
func main() {
	n := flag.Int("n", 100000, "number of claims")
	bulk := flag.Bool("bulk", false, "pause the per-row search trigger and index all claims at the end, as CreateClaims does")
	flag.Parse()
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	q := func(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }
	fmt.Fprintln(w, "BEGIN IMMEDIATE;")
	if *bulk {
		fmt.Fprintln(w, "INSERT INTO fts_pause (one) VALUES (1);")
	}
	for i := 0; i < *n; i++ {
		id := fmt.Sprintf("%08x-0000-7000-8000-%012x", i, i)
		at := fmt.Sprintf("2026-01-01T00:00:00.%09dZ", i)
		text := benchgen.Text(i)
		fmt.Fprintf(w, "INSERT INTO claims (id, text, claimant, status, created_at, created_by, updated_at, updated_by) "+
			"VALUES (%s, %s, %s, %s, %s, 'bench', %s, 'bench');\n", q(id), q(text), q(benchgen.Claimant(i)),
			q(benchgen.Status(i)), q(at), q(at))
		fmt.Fprintf(w, "INSERT INTO events (id, claim_id, at, actor, field, new) VALUES (%s, %s, %s, 'bench', 'created', %s);\n",
			q(fmt.Sprintf("%08x-0000-7000-9000-%012x", i, i)), q(id), q(at), q(text))
	}
	if *bulk {
		fmt.Fprintln(w, "INSERT INTO claims_fts (rowid, text, rationale, conclusion, claimant) "+
			"SELECT seq, text, rationale, conclusion, claimant FROM claims;")
		fmt.Fprintln(w, "DELETE FROM fts_pause;")
	}
	fmt.Fprintln(w, "COMMIT;")
}
