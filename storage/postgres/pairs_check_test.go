package postgres_test

import (
	"database/sql"
	"testing"
	"time"

	"claimdesk/claims"
	"claimdesk/storage/internal/sqlstore"
	"claimdesk/storage/storetest"
)

// TestLinkedAndDismissed lists pairs forged into being both linked and
// dismissed (storetest.RunLinkedAndDismissed); skipped without a server.
func TestLinkedAndDismissed(t *testing.T) {
	testDSN(t)
	storetest.RunLinkedAndDismissed(t, func(t *testing.T) (claims.Services, storetest.Forge) {
		dsn := freshDSN(t)
		db := openAt(t, dsn)
		return db.Services(), func(t *testing.T, claimID, kind, targetID, by string, at time.Time) {
			raw, err := sql.Open("pgx", dsn)
			if err != nil {
				t.Fatal(err)
			}
			defer raw.Close()
			if _, err := raw.Exec(`INSERT INTO match_dismissals (claim_id, target_kind, target_id, dismissed_at, dismissed_by)
				VALUES ($1,$2,$3,$4,$5)`, claimID, kind, targetID, sqlstore.FmtTime(at), by); err != nil {
				t.Fatalf("forge a dismissal: %v", err)
			}
		}
	})
}
