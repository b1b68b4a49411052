package main

import (
	"context"
	"fmt"
	"runtime"
	"time"

	"claimdesk/claims"
	"claimdesk/storage/internal/benchstat"
	"claimdesk/storage/postgres"
)

// waitIndex builds the in-memory search indexes (as the first search would
// start them) and prints their build time, the CPU time of this process
// and of the server, and the heap after it.
func waitIndex(ctx context.Context, db *postgres.DB, postmaster int) error {
	s0, c0, t0 := serverCPU(postmaster), benchstat.CPUTime(), time.Now()
	why, err := db.WaitSearchIndex(ctx)
	if err != nil {
		return err
	}
	if why != "" {
		fmt.Printf("search_index_off=%q\n", why)
	}
	wall, cpu, server := time.Since(t0), benchstat.CPUTime()-c0, serverCPU(postmaster)-s0
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Printf("search_index_build_ms=%.0f\nsearch_index_build_cpu_ms=%.0f\nsearch_index_build_server_cpu_ms=%.0f\nheap_after_index_mib=%d\n",
		benchstat.MS(wall), benchstat.MS(cpu), benchstat.MS(server), m.HeapAlloc>>20)
	return nil
}

// checkTop20 compares the claims Search returns for term (answered by the
// index) with the server's exhaustive ranking of every matching claim by
// ts_rank, ID for ID and rank for rank, and the totals; it prints
// check_TERM=same or returns the difference. term must be one word
// without German spelling variants (its query is then 'term':*).
func checkTop20(ctx context.Context, db *postgres.DB, term string) error {
	hits, total, err := db.Services().Search.Search(ctx, claims.SearchQuery{Text: term, Kinds: []string{claims.HitClaim}, Limit: 20})
	if err != nil {
		return err
	}
	q := "'" + term + "':*"
	rows, err := db.SQL().QueryContext(ctx, `SELECT id, ts_rank(search, claimdesk_query($1)) FROM claims
		WHERE search @@ claimdesk_query($1) ORDER BY 2 DESC, seq LIMIT 20`, q)
	if err != nil {
		return err
	}
	defer rows.Close()
	i := 0
	for ; rows.Next(); i++ {
		var id string
		var rank float32
		if err := rows.Scan(&id, &rank); err != nil {
			return err
		}
		if i >= len(hits) || hits[i].ID != id || hits[i].Rank != float64(rank) {
			return fmt.Errorf("check %s: the server's hit %d is %s (%v), the index's %+v", term, i+1, id, rank, hits[min(i, len(hits)-1)])
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	var n int
	if err := db.SQL().QueryRowContext(ctx, `SELECT count(*) FROM claims WHERE search @@ claimdesk_query($1)`, q).Scan(&n); err != nil {
		return err
	}
	if i != len(hits) || n != total {
		return fmt.Errorf("check %s: the server has %d hits (%d on the page), the index %d (%d)", term, n, i, total, len(hits))
	}
	fmt.Printf("check_%s=same (%d claims)\n", term, n)
	return nil
}

// checkByServer compares the top 20 claims and the total that Search
// gives for term on db (answered by the index) with those of a second
// connection to dsn whose search the server answers, ID for ID and rank
// for rank; it prints "check TERM=same" or returns the difference.
func checkByServer(ctx context.Context, db *postgres.DB, dsn, term string) error {
	server, err := postgres.Open(dsn)
	if err != nil {
		return err
	}
	defer server.Close()
	server.DisableSearchIndex()
	q := claims.SearchQuery{Text: term, Kinds: []string{claims.HitClaim}, Limit: 20}
	want, wantTotal, err := server.Services().Search.Search(ctx, q)
	if err != nil {
		return err
	}
	got, total, err := db.Services().Search.Search(ctx, q)
	if err != nil {
		return err
	}
	if total != wantTotal || len(got) != len(want) {
		return fmt.Errorf("check %q: the server has %d hits (%d on the page), the index %d (%d)", term, wantTotal, len(want), total, len(got))
	}
	for i := range want {
		if got[i].ID != want[i].ID || got[i].Rank != want[i].Rank {
			return fmt.Errorf("check %q: the server's hit %d is %s (%v), the index's %s (%v)", term, i+1, want[i].ID, want[i].Rank, got[i].ID, got[i].Rank)
		}
	}
	fmt.Printf("check %s=same (%d claims)\n", term, total)
	return nil
}
