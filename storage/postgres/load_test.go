package postgres_test

import (
	"context"
	"flag"
	"fmt"
	"math/rand/v2"
	"net/url"
	"slices"
	"sync"
	"testing"
	"time"

	"claimdesk/claims"
)

// The load test runs only when asked: go test ./storage/postgres -run TestLoad
// -load 60s (with CLAIMDESK_TEST_POSTGRES on this machine).
var (
	loadFor      = flag.Duration("load", 0, "run TestLoad for this long (at most 10m)")
	loadCheckers = flag.Int("load-checkers", 20, "simulated checkers in TestLoad (at most 100)")
)

// TestLoad simulates checkers editing and searching one shared set of
// claims at once: each reads a claim, saves a change based on the version
// it read, and searches now and then. Every save either goes through or is
// a reported conflict; afterwards every claim's history must hold exactly
// the saves that went through, each starting from the one before (no lost
// update). Throughput and p95 latencies are logged (BENCHMARKS.md).
func TestLoad(t *testing.T) {
	if *loadFor <= 0 {
		t.Skip("a load test: run with -load 60s")
	}
	dsn := freshDSN(t)
	if u, _ := url.Parse(dsn); u == nil || (u.Hostname() != "127.0.0.1" && u.Hostname() != "localhost" && u.Hostname() != "::1") {
		t.Fatal("the load test only runs against a server on this machine (loopback)")
	}
	dur, checkers := min(*loadFor, 10*time.Minute), max(1, min(*loadCheckers, 100))
	db := openFresh(t)
	s := db.Services()
	ctx := claims.WithActor(context.Background(), "setup")
	words := []string{"Mieten", "Inflation", "Windkraft", "Haushalt", "Renten", "Schulden", "Zölle", "Wahlbeteiligung"}
	var ids []string
	for i := range 200 {
		c := &claims.Claim{Text: fmt.Sprintf("Die %s stiegen %d um %d Prozent.", words[i%len(words)], 2000+i%25, i%90)}
		if err := s.Claims.CreateClaim(ctx, c); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, c.ID)
	}
	type result struct {
		saves, conflicts, searches int
		saveLat, searchLat         []time.Duration
		saved                      map[string]int
		err                        error
	}
	results := make([]result, checkers)
	deadline := time.Now().Add(dur)
	var wg sync.WaitGroup
	for w := range checkers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := &results[w]
			r.saved = map[string]int{}
			rng := rand.New(rand.NewPCG(uint64(w), 7))
			cctx := claims.WithActor(context.Background(), fmt.Sprintf("checker%02d", w))
			for n := 0; time.Now().Before(deadline); n++ {
				if n%3 == 2 {
					start := time.Now()
					_, _, err := s.Search.Search(cctx, claims.SearchQuery{Text: words[rng.IntN(len(words))], Limit: 20})
					r.searchLat = append(r.searchLat, time.Since(start))
					r.searches++
					if err != nil {
						r.err = err
						return
					}
					continue
				}
				id := ids[rng.IntN(20)] // 20 hot claims: real contention
				if rng.IntN(4) == 0 {
					id = ids[20+rng.IntN(len(ids)-20)]
				}
				start := time.Now()
				c, err := s.Claims.FindClaimByID(cctx, id)
				if err == nil {
					_, err = s.Claims.UpdateClaim(cctx, id, claims.ClaimUpdate{
						Rationale: ptrTo(fmt.Sprintf("checker%02d edit %d", w, n)), BasedOn: claims.ClaimVersion(c)})
				}
				r.saveLat = append(r.saveLat, time.Since(start))
				switch claims.ErrorCode(err) {
				case "":
					r.saves++
					r.saved[id]++
				case claims.ECONFLICT:
					r.conflicts++
				default:
					r.err = err
					return
				}
			}
		}()
	}
	wg.Wait()
	var total result
	total.saved = map[string]int{}
	for _, r := range results {
		if r.err != nil {
			t.Fatalf("a checker failed with an error other than a conflict: %v", r.err)
		}
		total.saves += r.saves
		total.conflicts += r.conflicts
		total.searches += r.searches
		total.saveLat = append(total.saveLat, r.saveLat...)
		total.searchLat = append(total.searchLat, r.searchLat...)
		for id, n := range r.saved {
			total.saved[id] += n
		}
	}
	for _, id := range ids {
		es, err := s.History.ClaimHistory(context.Background(), id)
		if err != nil {
			t.Fatal(err)
		}
		var chain []*claims.Event
		for _, e := range es {
			if e.Field == claims.FieldRationale {
				chain = append(chain, e)
			}
		}
		if len(chain) != total.saved[id] {
			t.Fatalf("claim %s: %d saves went through but history has %d", id, total.saved[id], len(chain))
		}
		for i := 1; i < len(chain); i++ {
			if chain[i].Old != chain[i-1].New {
				t.Fatalf("claim %s: save %d started from %q, not from the save before (%q): a lost update", id, i, chain[i].Old, chain[i-1].New)
			}
		}
	}
	secs := dur.Seconds()
	t.Logf("%d checkers for %s: %d saves (%.1f/s), %d conflicts reported (%.1f %% of save attempts), %d searches (%.1f/s)",
		checkers, dur, total.saves, float64(total.saves)/secs, total.conflicts,
		100*float64(total.conflicts)/float64(max(1, total.saves+total.conflicts)), total.searches, float64(total.searches)/secs)
	t.Logf("read+save p50 %s p95 %s max %s; search (top 20) p50 %s p95 %s max %s",
		pct(total.saveLat, 50), pct(total.saveLat, 95), pct(total.saveLat, 100),
		pct(total.searchLat, 50), pct(total.searchLat, 95), pct(total.searchLat, 100))
}

func ptrTo[T any](v T) *T { return &v }

// pct returns the p-th percentile of ds.
func pct(ds []time.Duration, p int) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	i := min(len(s)-1, (len(s)*p+99)/100-1)
	return s[max(0, i)].Round(100 * time.Microsecond)
}
