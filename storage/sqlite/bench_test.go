package sqlite_test

import (
	"path/filepath"
	"testing"

	"claimdesk/claims"
	"claimdesk/storage/sqlite"
	"claimdesk/storage/sqlite/internal/benchgen"
)

// benchClaims is the size of the benchmark data set.
const benchClaims = 100000

// genClaims returns n generated claims (see package benchgen).
func genClaims(n int) []*claims.Claim {
	cs := make([]*claims.Claim, n)
	for i := range cs {
		cs[i] = &claims.Claim{Text: benchgen.Text(i), Claimant: benchgen.Claimant(i), Status: claims.Status(benchgen.Status(i))}
	}
	return cs
}

// importClaims stores cs through CreateClaims, batch claims per call
// (each call is one transaction).
func importClaims(tb testing.TB, s claims.Services, cs []*claims.Claim, batch int) {
	for i := 0; i < len(cs); i += batch {
		if err := s.Claims.CreateClaims(ctx, cs[i:min(i+batch, len(cs))]); err != nil {
			tb.Fatal(err)
		}
	}
}

// BenchmarkImport100k stores 100,000 generated claims (about 210 bytes of
// text each, indexed by FTS5, one history event each) into a new database:
// in one CreateClaims call (one transaction), and in calls of 1,000.
func BenchmarkImport100k(b *testing.B) {
	for _, bc := range []struct {
		name  string
		batch int
	}{{"OneTx", benchClaims}, {"Batches1000", 1000}} {
		b.Run(bc.name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				cs := genClaims(benchClaims)
				db, err := sqlite.Open(filepath.Join(b.TempDir(), "bench.db"))
				if err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				importClaims(b, db.Services(), cs, bc.batch)
				b.StopTimer()
				db.Close()
				b.StartTimer()
			}
			b.ReportMetric(float64(benchClaims*b.N)/b.Elapsed().Seconds(), "claims/s")
		})
	}
}

// BenchmarkQueries100k runs searches and list queries over 100,000 claims.
func BenchmarkQueries100k(b *testing.B) {
	path := filepath.Join(b.TempDir(), "bench.db")
	db, err := sqlite.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	s := db.Services()
	importClaims(b, s, genClaims(benchClaims), 10000)
	search := func(term string) func(b *testing.B) {
		return func(b *testing.B) {
			var total int
			for i := 0; i < b.N; i++ {
				hits, n, err := s.Search.Search(ctx, claims.SearchQuery{Text: term, Limit: 20})
				if err != nil || len(hits) == 0 {
					b.Fatalf("%d hits, %v", len(hits), err)
				}
				total = n
			}
			b.ReportMetric(float64(total), "hits")
		}
	}
	b.Run("SearchCommon", search(benchgen.CommonTerm))
	b.Run("SearchRare", search(benchgen.RareTerm))
	b.Run("FindClaimsQueryCommon", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if cs, _, err := s.Claims.FindClaims(ctx, claims.ClaimFilter{Query: ptr(benchgen.CommonTerm), Limit: 20}); err != nil || len(cs) != 20 {
				b.Fatal(err)
			}
		}
	})
	b.Run("FindClaimsPage", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if cs, _, err := s.Claims.FindClaims(ctx, claims.ClaimFilter{Offset: 50000, Limit: 50}); err != nil || len(cs) != 50 {
				b.Fatal(err)
			}
		}
	})
	b.Run("FindClaimsStatusPage", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			f := claims.ClaimFilter{Status: ptr(claims.StatusInReview), Offset: 5000, Limit: 50}
			if cs, _, err := s.Claims.FindClaims(ctx, f); err != nil || len(cs) != 50 {
				b.Fatal(err)
			}
		}
	})
	b.Run("CountClaimsByStatus", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if m, err := s.Claims.CountClaimsByStatus(ctx, claims.ClaimFilter{}); err != nil || len(m) != 5 {
				b.Fatal(err)
			}
		}
	})
	b.Run("Open", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			db2, err := sqlite.Open(path)
			if err != nil {
				b.Fatal(err)
			}
			db2.Close()
		}
	})
}
