package sqlite_test

import (
	"database/sql"
	"path/filepath"
	"testing"
	"time"

	"claimdesk/claims"
	"claimdesk/storage/internal/sqlstore"
	"claimdesk/storage/sqlite"
	"claimdesk/storage/storetest"
)

// TestLinkedAndDismissed lists pairs forged into being both linked and
// dismissed (storetest.RunLinkedAndDismissed).
func TestLinkedAndDismissed(t *testing.T) {
	storetest.RunLinkedAndDismissed(t, func(t *testing.T) (claims.Services, storetest.Forge) {
		path := filepath.Join(t.TempDir(), "test.db")
		db, err := sqlite.Open(path)
		if err != nil {
			t.Fatalf("open: %v", err)
		}
		t.Cleanup(func() { db.Close() })
		return db.Services(), func(t *testing.T, claimID, kind, targetID, by string, at time.Time) {
			raw, err := sql.Open("sqlite", "file:"+path)
			if err != nil {
				t.Fatal(err)
			}
			defer raw.Close()
			if _, err := raw.Exec(`INSERT INTO match_dismissals (claim_id, target_kind, target_id, dismissed_at, dismissed_by)
				VALUES (?,?,?,?,?)`, claimID, kind, targetID, sqlstore.FmtTime(at), by); err != nil {
				t.Fatalf("forge a dismissal: %v", err)
			}
		}
	})
}
