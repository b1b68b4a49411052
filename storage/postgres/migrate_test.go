package postgres_test

import (
	"context"
	"database/sql"
	"strconv"
	"testing"

	"claimdesk/claims"
	"claimdesk/storage/postgres"
)

// TestUpgradeToArchives checks that a database of schema version 1 (before
// the archive tables of 0002_archives.sql) is upgraded when opened: its
// records stay, and archives can be imported and linked.
func TestUpgradeToArchives(t *testing.T) {
	dsn := freshDSN(t)
	ctx := claims.WithActor(context.Background(), "anna")
	db, err := postgres.Open(dsn)
	if err != nil {
		t.Fatal(err)
	}
	c := &claims.Claim{Text: "Die Mieten sind um 40 Prozent gestiegen."}
	if err := db.Services().Claims.CreateClaim(ctx, c); err != nil {
		t.Fatal(err)
	}
	db.Close()
	raw, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	// back to version 1: the tables 0002_archives.sql and later add are not there
	if _, err := raw.Exec(`DROP TABLE match_dismissals, group_records, claim_groups, archive_records, archives, claim_counts;
		DROP FUNCTION claim_counts_keep() CASCADE;
		UPDATE meta SET value = '1' WHERE key = 'schema_version'`); err != nil {
		t.Fatal(err)
	}

	db, err = postgres.Open(dsn)
	if err != nil {
		t.Fatalf("open a version 1 database: %v", err)
	}
	defer db.Close()
	var v string
	if err := raw.QueryRow("SELECT value FROM meta WHERE key = 'schema_version'").Scan(&v); err != nil || v != strconv.Itoa(postgres.SchemaVersion()) {
		t.Fatalf("schema version after the upgrade: %q (%v), want %d", v, err, postgres.SchemaVersion())
	}
	s := db.Services()
	if _, err := s.Claims.FindClaimByID(ctx, c.ID); err != nil {
		t.Fatalf("the claim after the upgrade: %v", err)
	}
	res, err := s.Archives.ImportArchive(ctx, &claims.ArchiveImport{Name: "Faktencheck-Archiv",
		Records: []*claims.ArchiveRecord{{Key: "r1", Text: "Die Mieten stiegen um 40 Prozent.", Verdict: "falsch"}}})
	if err != nil || res.Added != 1 {
		t.Fatalf("import after the upgrade: %+v, %v", res, err)
	}
	ts, err := s.Archives.MatchTargets(ctx)
	if err != nil || len(ts) != 1 {
		t.Fatalf("match targets: %d, %v", len(ts), err)
	}
	if err := s.Archives.Link(ctx, claims.LinkRequest{ClaimID: c.ID, Kind: claims.TargetRecord, TargetID: ts[0].ID}); err != nil {
		t.Fatalf("link: %v", err)
	}
	yes := true
	if cs, _, err := s.Claims.FindClaims(ctx, claims.ClaimFilter{EarlierCheck: &yes}); err != nil || len(cs) != 1 {
		t.Fatalf("claims with an earlier check: %d, %v", len(cs), err)
	}
}
