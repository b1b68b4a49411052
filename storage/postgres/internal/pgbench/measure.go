package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
	"unicode"

	"claimdesk/claims"
	"claimdesk/storage/internal/benchstat"
	"claimdesk/storage/postgres"
)

// measure runs each figure runs times after one warm-up and prints, per
// figure, the median and p95 wall time, and the median CPU time of this
// process and of the server's processes (children of postmaster, when
// $PGBENCH_POSTMASTER holds its PID: a local server). With index, the
// in-memory search indexes are built first (their build time and heap are
// printed) and their top 20 claims for both terms are compared with the
// server's exhaustive ranking (checkTop20, or checkByServer for a phrase
// or several words); without, the server answers every search.
func measure(ctx context.Context, dsn string, runs int, common, rare string, index bool) error {
	db, err := postgres.Open(dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	svc := db.Services()
	postmaster, _ := strconv.Atoi(os.Getenv("PGBENCH_POSTMASTER"))
	if !index {
		db.DisableSearchIndex()
	} else {
		if err := waitIndex(ctx, db, postmaster); err != nil {
			return err
		}
		for _, term := range []string{common, rare} {
			var err error
			if oneWord(term) {
				err = checkTop20(ctx, db, term)
			} else { // a phrase or several words: against the server's own search
				err = checkByServer(ctx, db, dsn, term)
			}
			if err != nil {
				return err
			}
		}
	}
	search := func(term string) func() (int, error) {
		return func() (int, error) {
			_, total, err := svc.Search.Search(ctx, claims.SearchQuery{Text: term, Limit: 20})
			return total, err
		}
	}
	list := func() (int, error) { // the claims list's first page and the total, as the window asks
		_, total, err := svc.Claims.FindClaims(ctx, claims.ClaimFilter{Sort: claims.SortUpdated, Limit: 100})
		return total, err
	}
	for _, f := range []struct {
		name string
		fn   func() (int, error)
	}{{"search_common", search(common)}, {"search_rare", search(rare)}, {"list_first_page", list}} {
		total, err := f.fn() // warm the caches once
		if err != nil {
			return err
		}
		fmt.Printf("%s_total=%d\n", f.name, total)
		if err := figure(f.name, runs, postmaster, f.fn); err != nil {
			return err
		}
	}
	return nil
}

// figure runs fn runs times and prints NAME_p50_ms, NAME_p95_ms,
// NAME_cpu_p50_ms (this process) and NAME_server_cpu_p50_ms.
func figure(name string, runs, postmaster int, fn func() (int, error)) error {
	var wall, cpu, server []float64
	for i := 0; i < runs; i++ {
		s0, c0, t0 := serverCPU(postmaster), benchstat.CPUTime(), time.Now()
		if _, err := fn(); err != nil {
			return err
		}
		wall = append(wall, benchstat.MS(time.Since(t0)))
		cpu = append(cpu, benchstat.MS(benchstat.CPUTime()-c0))
		server = append(server, benchstat.MS(serverCPU(postmaster)-s0))
	}
	fmt.Printf("%s_p50_ms=%.2f\n%s_p95_ms=%.2f\n%s_cpu_p50_ms=%.2f\n%s_server_cpu_p50_ms=%.0f\n",
		name, benchstat.Quantile(wall, 0.5), name, benchstat.Quantile(wall, 0.95), name, benchstat.Quantile(cpu, 0.5), name, benchstat.Quantile(server, 0.5))
	return nil
}

// serverCPU is the CPU time (user + system) the running children of the
// postmaster used so far, from /proc (clock ticks of 10 ms); 0 without one.
func serverCPU(postmaster int) time.Duration {
	if postmaster == 0 {
		return 0
	}
	stats, _ := filepath.Glob("/proc/[0-9]*/stat")
	var ticks int64
	for _, p := range stats {
		b, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		s := string(b)
		f := strings.Fields(s[strings.LastIndexByte(s, ')')+2:]) // fields from 3 (state) on
		if len(f) < 13 {
			continue
		}
		if ppid, _ := strconv.Atoi(f[1]); ppid != postmaster {
			continue
		}
		ut, _ := strconv.ParseInt(f[11], 10, 64)
		st, _ := strconv.ParseInt(f[12], 10, 64)
		ticks += ut + st
	}
	return time.Duration(ticks) * 10 * time.Millisecond
}

// oneWord reports whether term is one word of letters, which checkTop20
// can compare.
func oneWord(term string) bool {
	return term != "" && strings.IndexFunc(term, func(r rune) bool { return !unicode.IsLetter(r) }) < 0
}
