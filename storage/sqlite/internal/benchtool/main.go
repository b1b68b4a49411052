// Command benchtool builds and measures the scale benchmark database of
// scripts/bench.sh (see BENCHMARKS.md):
//
//	benchtool build -db FILE -n N    a new database of N generated claims
//	benchtool measure -db FILE       the figures, as key=value lines
//	  [-common regierung] [-rare zeppelin]   the searches' texts
//
// Every figure is measured -runs times and given as median (p50) and p95 of
// the wall time, and the median of the process CPU time (user + system),
// which a loaded machine disturbs less.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"runtime"
	"time"

	"claimdesk/claims"
	"claimdesk/storage/internal/benchstat"
	"claimdesk/storage/sqlite"
	"claimdesk/storage/sqlite/internal/benchgen"
)

// main runs the subcommand build or measure with its flags.
func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: benchtool build|measure -db FILE [-n N] [-runs R]")
		os.Exit(2)
	}
	fs := flag.NewFlagSet(os.Args[1], flag.ExitOnError)
	path := fs.String("db", "", "database file")
	n := fs.Int("n", 100000, "claims to generate (build)")
	runs := fs.Int("runs", 7, "runs per figure (measure)")
	common := fs.String("common", benchgen.CommonTerm, "the search text of search_common (measure)")
	rare := fs.String("rare", benchgen.RareTerm, "the search text of search_rare (measure)")
	_ = fs.Parse(os.Args[2:])
	ctx := context.Background()
	var err error
	switch os.Args[1] {
	case "build":
		err = build(ctx, *path, *n)
	case "measure":
		err = measure(ctx, *path, max(*runs, 5), *common, *rare)
	default:
		err = fmt.Errorf("unknown command %q", os.Args[1])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "benchtool:", err)
		os.Exit(1)
	}
}

// measure prints the figures of the database at path; common and rare
// are the texts searched for by search_common and search_rare.
func measure(ctx context.Context, path string, runs int, common, rare string) error {
	open := func() error {
		db, err := sqlite.Open(path)
		if err != nil {
			return err
		}
		return db.Close()
	}
	if err := figure("open", runs, open); err != nil {
		return err
	}
	db, err := sqlite.Open(path)
	if err != nil {
		return err
	}
	defer db.Close()
	if err := waitIndex(ctx, db); err != nil {
		return err
	}
	svc := db.Services()
	search := func(term string) func() error {
		return func() error {
			_, _, err := svc.Search.Search(ctx, claims.SearchQuery{Text: term, Limit: 20})
			return err
		}
	}
	list := func() error { // the claims list's first page and the total, as the window asks
		_, _, err := svc.Claims.FindClaims(ctx, claims.ClaimFilter{Sort: claims.SortUpdated, Limit: 100})
		return err
	}
	for _, f := range []struct {
		name string
		fn   func() error
	}{{"search_common", search(common)}, {"search_rare", search(rare)}, {"list_first_page", list}} {
		if err := f.fn(); err != nil { // warm the page cache once
			return err
		}
		if err := figure(f.name, runs, f.fn); err != nil {
			return err
		}
	}
	st, err := os.Stat(path)
	if err != nil {
		return err
	}
	fmt.Printf("db_bytes=%d\n", st.Size())
	return nil
}

// waitIndex builds the claims' in-memory search index (as the first search
// would start it) and prints its build time, CPU time and heap size.
func waitIndex(ctx context.Context, db *sqlite.DB) error {
	c0, t0 := benchstat.CPUTime(), time.Now()
	why, err := db.WaitSearchIndex(ctx)
	if err != nil {
		return err
	}
	if why != "" {
		fmt.Printf("search_index_off=%q\n", why)
	}
	wall, cpu := time.Since(t0), benchstat.CPUTime()-c0
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Printf("search_index_build_ms=%.0f\nsearch_index_build_cpu_ms=%.0f\nheap_after_index_mib=%d\n",
		benchstat.MS(wall), benchstat.MS(cpu), m.HeapAlloc>>20)
	return nil
}

// figure runs fn runs times and prints NAME_p50_ms, NAME_p95_ms and
// NAME_cpu_p50_ms.
func figure(name string, runs int, fn func() error) error {
	var wall, cpu []float64
	for i := 0; i < runs; i++ {
		c0, t0 := benchstat.CPUTime(), time.Now()
		if err := fn(); err != nil {
			return err
		}
		wall = append(wall, benchstat.MS(time.Since(t0)))
		cpu = append(cpu, benchstat.MS(benchstat.CPUTime()-c0))
	}
	fmt.Printf("%s_p50_ms=%.2f\n%s_p95_ms=%.2f\n%s_cpu_p50_ms=%.2f\n",
		name, benchstat.Quantile(wall, 0.5), name, benchstat.Quantile(wall, 0.95), name, benchstat.Quantile(cpu, 0.5))
	return nil
}
