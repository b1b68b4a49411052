package main

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"strconv"

	"claimdesk/storage/postgres"
)

// variants are ways PostgreSQL offers to answer the claims' part of a
// ranked search, measured as plain SQL beside what Search does ($1 is the
// term; claimdesk_query builds the German, English and simple query).
var variants = []struct{ name, sql string }{
	// Every match ranked (what Search does per kind), without the total.
	{"exhaustive_top20", `SELECT seq FROM claims WHERE search @@ claimdesk_query($1)
		ORDER BY ts_rank(search, claimdesk_query($1)) DESC, seq LIMIT 20`},
	// The exact total alone (a bitmap scan of the GIN index and the heap).
	{"count_exact", `SELECT count(*) FROM claims WHERE search @@ claimdesk_query($1)`},
	// The total up to 10,001 ("more than 10,000").
	{"count_capped", `SELECT count(*) FROM (SELECT 1 FROM claims WHERE search @@ claimdesk_query($1) LIMIT 10001) x`},
	// ts_rank on a limited candidate set: the 1,000 most recently changed matches.
	{"recent1000_ranked", `SELECT seq FROM (SELECT seq, search FROM claims WHERE search @@ claimdesk_query($1)
		ORDER BY updated_at DESC LIMIT 1000) c ORDER BY ts_rank(search, claimdesk_query($1)) DESC, seq LIMIT 20`},
}

// rumVariant is the rank-ordered scan of a RUM index (extension rum,
// Debian's postgresql-15-rum), when the database has one on claims.search.
const rumVariant = `SELECT seq FROM claims WHERE search @@ claimdesk_query($1)
	ORDER BY search <=> claimdesk_query($1) LIMIT 20`

// measureVariants times each variant for each term.
func measureVariants(ctx context.Context, dsn string, runs int, terms []string) error {
	db, err := postgres.Open(dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	conn := db.SQL()
	postmaster, _ := strconv.Atoi(os.Getenv("PGBENCH_POSTMASTER"))
	all := append([]struct{ name, sql string }{}, variants...)
	var rum bool
	if err := conn.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM pg_indexes
		WHERE tablename = 'claims' AND indexdef LIKE '%USING rum%')`).Scan(&rum); err != nil {
		return err
	}
	if rum {
		all = append(all, struct{ name, sql string }{"rum_top20", rumVariant})
	}
	for _, term := range terms {
		for _, v := range all {
			var n, last int
			fn := func() (int, error) {
				var err error
				n, last, err = rowsOf(ctx, conn, v.sql, term)
				return n, err
			}
			if _, err := fn(); err != nil { // warm up
				return fmt.Errorf("%s: %w", v.name, err)
			}
			fmt.Printf("%s_%s_rows=%d\n%s_%s_last=%d\n", v.name, term, n, v.name, term, last)
			if err := figure(v.name+"_"+term, runs, postmaster, fn); err != nil {
				return err
			}
		}
	}
	return nil
}

// rowsOf runs query and returns the number of rows and the last value
// (a count, for the counting variants).
func rowsOf(ctx context.Context, db *sql.DB, query, term string) (n, last int, err error) {
	rows, err := db.QueryContext(ctx, query, term)
	if err != nil {
		return 0, 0, err
	}
	defer rows.Close()
	for rows.Next() {
		if err := rows.Scan(&last); err != nil {
			return 0, 0, err
		}
		n++
	}
	return n, last, rows.Err()
}
