package sqlite

import (
	"context"
	"crypto/sha256"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"claimdesk/claims"
)

// dirState is the name and SHA-256 of every file in dir.
func dirState(t *testing.T, dir string) map[string][32]byte {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][32]byte{}
	for _, e := range entries {
		b, _ := os.ReadFile(filepath.Join(dir, e.Name()))
		out[e.Name()] = sha256.Sum256(b)
	}
	return out
}

// OpenReadOnly reads a database as Open does, refuses every write with a
// message that says why, and leaves the file and its folder as they were:
// no marker, no journal, no backup.
func TestOpenReadOnly(t *testing.T) {
	ctx := claims.WithActor(context.Background(), "anna")
	dir := t.TempDir()
	path := filepath.Join(dir, "claimdesk.db")
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	svc := db.Services()
	c := &claims.Claim{Text: "Die Fähre fuhr 2025 an 300 Tagen."}
	if err := svc.Claims.CreateClaim(ctx, c); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	before := dirState(t, dir)

	ro, err := OpenReadOnly(path)
	if err != nil {
		t.Fatalf("OpenReadOnly: %v", err)
	}
	rsvc := ro.Services()
	if got, err := rsvc.Claims.FindClaimByID(ctx, c.ID); err != nil || got.Text != c.Text {
		t.Errorf("FindClaimByID = %v, %v; want the stored claim", got, err)
	}
	if hits, _, err := rsvc.Search.Search(ctx, claims.SearchQuery{Text: "Fähre"}); err != nil || len(hits) == 0 {
		t.Errorf("Search = %+v, %v; want the claim", hits, err)
	}
	err = rsvc.Claims.CreateClaim(ctx, &claims.Claim{Text: "Neu."})
	if claims.ErrorCode(err) != claims.EINTERNAL || !strings.Contains(claims.ErrorMessage(err), "read-only") {
		t.Errorf("CreateClaim on a read-only database: %v; want EINTERNAL saying it is read-only", err)
	}
	if err := ro.Close(); err != nil {
		t.Fatal(err)
	}
	after := dirState(t, dir)
	for name, sum := range after {
		switch {
		case name == "claimdesk.db-shm":
			// SQLite's shared memory, when the folder can be written
		case name == "claimdesk.db-wal":
			if st, err := os.Stat(filepath.Join(dir, name)); err != nil || st.Size() != 0 {
				t.Errorf("the write-ahead log holds %d bytes; want none (%v)", st.Size(), err)
			}
		case before[name] != sum:
			t.Errorf("%s is new or changed", name)
		}
	}
	if _, err := os.Stat(BackupDir(path)); err == nil {
		t.Error("a backup folder was made")
	}
}

// OpenReadOnly refuses what it cannot open without writing: a missing
// file, a file that is not a Claimdesk database, one that needs migrating.
func TestOpenReadOnlyRefuses(t *testing.T) {
	dir := t.TempDir()
	other := filepath.Join(dir, "notes.db")
	if err := os.WriteFile(other, []byte("just text, not a database"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{filepath.Join(dir, "missing.db"), other} {
		if db, err := OpenReadOnly(p); err == nil {
			db.Close()
			t.Errorf("OpenReadOnly(%s) succeeded", filepath.Base(p))
		}
	}
	old := filepath.Join(dir, "old.db")
	db, err := Open(old)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.s.db.Exec("PRAGMA user_version = 1"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if db, err := OpenReadOnly(old); claims.ErrorCode(err) != claims.ECONFLICT {
		if db != nil {
			db.Close()
		}
		t.Errorf("OpenReadOnly of a database that needs migrating: %v; want ECONFLICT", err)
	}
}
