// Command pgbench loads a PostgreSQL database with the claims of a
// generated SQLite benchmark database (make bench: storage/sqlite's
// benchtool), through the storage services in transactions of 10,000 claims
// as an import would, and measures what BENCHMARKS.md reports for the team
// database at scale: ranked search top 20 for a common and a rare term, and
// the claims list's first page with its total.
//
//	go run ./storage/postgres/internal/pgbench load  --from BENCH.db --to DSN
//	go run ./storage/postgres/internal/pgbench measure --db DSN [--runs 7] [--common regierung] [--rare zeppelin] [--index=false]
//	go run ./storage/postgres/internal/pgbench variants --db DSN [--runs 7] TERM...
//
// load reads the SQLite file read-only: the articles (title, body, language)
// and the claims (text, claimant, status, article); sources, evidence and
// history are not copied. The target must be empty. variants times other
// ways PostgreSQL offers for the claims' part of a ranked search
// (variants.go). measure builds the in-memory search indexes first, as
// the first search would start them, and checks their top 20 against the
// server's (index.go); --index=false leaves every search to the server,
// which then builds none. With $PGBENCH_POSTMASTER set to the PID of a local server's
// postmaster, the server's CPU time is measured too.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
)

// main runs the subcommand load, measure or variants with its flags.
func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: pgbench load --from BENCH.db --to DSN | measure --db DSN")
		os.Exit(2)
	}
	ctx := context.Background()
	fs := flag.NewFlagSet(os.Args[1], flag.ExitOnError)
	var err error
	switch os.Args[1] {
	case "load":
		from := fs.String("from", "", "the generated SQLite benchmark database (read only)")
		to := fs.String("to", "", "the empty PostgreSQL database (postgres:// URL)")
		_ = fs.Parse(os.Args[2:])
		err = load(ctx, *from, *to)
	case "measure":
		db := fs.String("db", "", "the loaded PostgreSQL database (postgres:// URL)")
		runs := fs.Int("runs", 7, "runs per figure (at least 5)")
		common := fs.String("common", "regierung", "a term in many claims")
		rare := fs.String("rare", "zeppelin", "a term in few claims")
		index := fs.Bool("index", true, "build the in-memory search indexes first (false: the server ranks)")
		_ = fs.Parse(os.Args[2:])
		err = measure(ctx, *db, max(*runs, 5), *common, *rare, *index)
	case "variants":
		db := fs.String("db", "", "the loaded PostgreSQL database (postgres:// URL)")
		runs := fs.Int("runs", 7, "runs per figure (at least 5)")
		_ = fs.Parse(os.Args[2:])
		err = measureVariants(ctx, *db, max(*runs, 5), fs.Args())
	default:
		err = fmt.Errorf("unknown command %q", os.Args[1])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "pgbench:", err)
		os.Exit(1)
	}
}
