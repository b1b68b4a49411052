package sqlite

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"
)

// Check on a database file SQLite opened read-only (a file that cannot be
// written in a folder that can) passes when the database is healthy: the
// full-text index checks, which SQLite refuses as writes there, run on a
// temporary copy instead of being reported as problems.
func TestCheckReadOnlyFile(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "claimdesk.db")
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ro, err := sql.Open("sqlite", dsn(path, true)+"&_txlock=immediate")
	if err != nil {
		t.Fatal(err)
	}
	rw := db.s.db
	db.s.db = ro // as if the file could not be written
	defer func() { db.s.db = rw; ro.Close() }()
	if err := db.Services().Maintenance.Check(ctx); err != nil {
		t.Fatalf("Check of a healthy read-only database: %v", err)
	}
}
