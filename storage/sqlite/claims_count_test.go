package sqlite_test

import (
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"testing"

	"claimdesk/claims"
	"claimdesk/storage/sqlite"
)

// wantCounts compares the stored claim counts (unfiltered or by status
// only) with the counts of a filter that makes the database count the rows
// (every claimant contains "").
func wantCounts(t *testing.T, s claims.Services, when string) {
	t.Helper()
	counted := ""
	for _, st := range append([]claims.Status{""}, claims.Statuses...) {
		stored, byCount := claims.ClaimFilter{Limit: 1}, claims.ClaimFilter{Limit: 1, Claimant: &counted}
		if st != "" {
			stored.Status, byCount.Status = &st, &st
		}
		_, a, err := s.Claims.FindClaims(ctx, stored)
		if err != nil {
			t.Fatal(err)
		}
		_, b, err := s.Claims.FindClaims(ctx, byCount)
		if err != nil {
			t.Fatal(err)
		}
		if a != b {
			t.Fatalf("%s: status %q: total %d, but %d claims counted", when, st, a, b)
		}
	}
	stored, err := s.Claims.CountClaimsByStatus(ctx, claims.ClaimFilter{})
	if err != nil {
		t.Fatal(err)
	}
	byCount, err := s.Claims.CountClaimsByStatus(ctx, claims.ClaimFilter{Claimant: &counted})
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(stored) != fmt.Sprint(byCount) {
		t.Fatalf("%s: counts by status %v, counted %v", when, stored, byCount)
	}
}

// TestClaimCountsFollowEveryChange: a random walk of creates, status
// changes and deletes keeps the stored counts equal to the table's.
func TestClaimCountsFollowEveryChange(t *testing.T) {
	db := MustOpenDB(t)
	s := db.Services()
	r := rand.New(rand.NewPCG(13, 1))
	var ids []string
	for step := 0; step < 300; step++ {
		switch k := r.IntN(10); {
		case k < 5 || len(ids) == 0:
			c := &claims.Claim{Text: fmt.Sprintf("Behauptung %d über Renten.", step), Status: claims.Statuses[r.IntN(len(claims.Statuses))]}
			if err := s.Claims.CreateClaim(ctx, c); err != nil {
				t.Fatal(err)
			}
			ids = append(ids, c.ID)
		case k < 8:
			st := claims.Statuses[r.IntN(len(claims.Statuses))]
			if _, err := s.Claims.UpdateClaim(ctx, ids[r.IntN(len(ids))], claims.ClaimUpdate{Status: &st}); err != nil {
				t.Fatal(err)
			}
		default:
			i := r.IntN(len(ids))
			if err := s.Claims.DeleteClaim(ctx, ids[i]); err != nil {
				t.Fatal(err)
			}
			ids = append(ids[:i], ids[i+1:]...)
		}
		if step%25 == 0 {
			wantCounts(t, s, fmt.Sprintf("step %d", step))
		}
	}
	wantCounts(t, s, "the end")
	if err := s.Maintenance.Check(ctx); err != nil {
		t.Fatal(err)
	}
}

// TestClaimCountsMigrated: claims stored before the counts existed are
// counted by the migration.
func TestClaimCountsMigrated(t *testing.T) {
	path := filepath.Join(t.TempDir(), "claimdesk.db")
	if err := sqlite.CreateAtVersion(path, 8); err != nil { // 8: before 0009_compact.sql
		t.Fatal(err)
	}
	rawExec(t, path, `INSERT INTO claims (id, text, status, created_at, updated_at) VALUES
		('k1', 'Eins.', 'new', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z'),
		('k2', 'Zwei.', 'new', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z'),
		('k3', 'Drei.', 'published', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')`)
	db, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	wantCounts(t, db.Services(), "after migration")
	if _, n, _ := db.Services().Claims.FindClaims(ctx, claims.ClaimFilter{}); n != 3 {
		t.Fatalf("total %d, want 3", n)
	}
}

// TestCheckFindsWrongCounts: Check reports stored counts that disagree.
func TestCheckFindsWrongCounts(t *testing.T) {
	path := filepath.Join(t.TempDir(), "claimdesk.db")
	createDB(t, path)
	rawExec(t, path, "UPDATE claim_counts SET n = n + 2")
	db, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.Services().Maintenance.Check(ctx); err == nil {
		t.Fatal("Check passed with wrong claim counts")
	}
}
