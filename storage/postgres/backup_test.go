package postgres_test

import (
	"bufio"
	"compress/gzip"
	"context"
	"database/sql"
	"encoding/json"
	"os"
	"testing"

	"claimdesk/claims"
)

// TestBackupHoldsEveryTable checks that a backup holds the rows of every
// table of the schema that has any, the archive tables included.
func TestBackupHoldsEveryTable(t *testing.T) {
	dsn := freshDSN(t)
	db := openAt(t, dsn)
	s := db.Services()
	ctx := claims.WithActor(context.Background(), "anna")
	c := &claims.Claim{Text: "Die Mieten sind um 40 Prozent gestiegen.", Tags: []string{"wohnen"}}
	if err := s.Claims.CreateClaim(ctx, c); err != nil {
		t.Fatal(err)
	}
	imp := &claims.ArchiveImport{Name: "Archiv", Records: []*claims.ArchiveRecord{
		{Key: "r1", Text: "Die Mieten stiegen um 40 Prozent.", Verdict: "falsch"},
		{Key: "r2", Text: "Die Mieten fielen.", Verdict: "richtig"}}}
	if _, err := s.Archives.ImportArchive(ctx, imp); err != nil {
		t.Fatal(err)
	}
	if err := s.Archives.Link(ctx, claims.LinkRequest{ClaimID: c.ID, Kind: claims.TargetRecord, TargetID: imp.Records[0].ID}); err != nil {
		t.Fatal(err)
	}
	if err := s.Archives.Dismiss(ctx, c.ID, claims.TargetRecord, imp.Records[1].ID); err != nil {
		t.Fatal(err)
	}
	path, err := s.Maintenance.Backup(ctx)
	if err != nil {
		t.Fatal(err)
	}
	inBackup := backupTables(t, path)
	raw, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	rows, err := raw.Query("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")
	if err != nil {
		t.Fatal(err)
	}
	var tables []string
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			t.Fatal(err)
		}
		tables = append(tables, name)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	rows.Close()
	for _, name := range tables {
		var n int
		if err := raw.QueryRow(`SELECT count(*) FROM "` + name + `"`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n > 0 && inBackup[name] != n {
			t.Errorf("table %s: %d rows, %d in the backup", name, n, inBackup[name])
		}
	}
	for _, name := range []string{"archives", "archive_records", "claim_groups", "group_records", "match_dismissals"} {
		if inBackup[name] == 0 {
			t.Errorf("no %s in the backup", name)
		}
	}
}

// backupTables counts the rows per table in the backup file at path.
func backupTables(t *testing.T, path string) map[string]int {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]int{}
	sc := bufio.NewScanner(zr)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var line struct{ Table string }
		if err := json.Unmarshal(sc.Bytes(), &line); err != nil {
			t.Fatal(err)
		}
		out[line.Table]++
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}
