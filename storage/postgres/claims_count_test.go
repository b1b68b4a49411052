package postgres_test

import (
	"context"
	"database/sql"
	"testing"

	"claimdesk/claims"
	"claimdesk/storage/postgres"
)

// TestClaimCountsKept checks that the counts the triggers keep follow
// inserts, status changes and deletions, that a database of the version
// before them is counted on upgrade, and that the totals the list shows
// come out as counting the table would.
func TestClaimCountsKept(t *testing.T) {
	dsn := freshDSN(t)
	ctx := claims.WithActor(context.Background(), "anna")
	db, err := postgres.Open(dsn)
	if err != nil {
		t.Fatal(err)
	}
	svc := db.Services()
	var cs []*claims.Claim
	for _, text := range []string{"Die Miete stieg um 40 Prozent.", "Es gab 12 neue Schulen.", "Der Haushalt wuchs um 3 Prozent."} {
		cs = append(cs, &claims.Claim{Text: text})
	}
	if err := svc.Claims.CreateClaims(ctx, cs); err != nil {
		t.Fatal(err)
	}
	db.Close()
	raw, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	// back to version 2, as a database written before the counts
	if _, err := raw.Exec(`DROP TABLE claim_counts; DROP FUNCTION claim_counts_keep() CASCADE;
		UPDATE meta SET value = '2' WHERE key = 'schema_version'`); err != nil {
		t.Fatal(err)
	}
	db = openAt(t, dsn)
	svc = db.Services()
	researching, published := claims.StatusResearching, claims.StatusPublished
	if _, err := svc.Claims.UpdateClaim(ctx, cs[0].ID, claims.ClaimUpdate{Status: &researching}); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Claims.UpdateClaim(ctx, cs[1].ID, claims.ClaimUpdate{Status: &published}); err != nil {
		t.Fatal(err)
	}
	if err := svc.Claims.DeleteClaim(ctx, cs[2].ID); err != nil {
		t.Fatal(err)
	}
	if err := svc.Claims.CreateClaim(ctx, &claims.Claim{Text: "Die Stadt zählt 80.000 Einwohner."}); err != nil {
		t.Fatal(err)
	}
	want := map[claims.Status]int{claims.StatusNew: 1, researching: 1, published: 1}
	got, err := svc.Claims.CountClaimsByStatus(ctx, claims.ClaimFilter{})
	if err != nil || len(got) != len(want) {
		t.Fatalf("counts %v (%v), want %v", got, err, want)
	}
	for st, n := range want {
		if got[st] != n {
			t.Errorf("%s: %d, want %d", st, got[st], n)
		}
		if _, total, err := svc.Claims.FindClaims(ctx, claims.ClaimFilter{Status: &st, Limit: 1}); err != nil || total != n {
			t.Errorf("list of %s: total %d (%v), want %d", st, total, err, n)
		}
	}
	if _, total, err := svc.Claims.FindClaims(ctx, claims.ClaimFilter{Limit: 1}); err != nil || total != 3 {
		t.Errorf("list of all: total %d (%v), want 3", total, err)
	}
	if err := svc.Maintenance.Check(ctx); err != nil {
		t.Errorf("check of kept counts: %v", err)
	}
	if _, err := raw.Exec(`UPDATE claim_counts SET n = n + 1 WHERE status = 'new'`); err != nil {
		t.Fatal(err)
	}
	if err := svc.Maintenance.Check(ctx); err == nil {
		t.Error("check passed with a wrong kept count")
	}
}
