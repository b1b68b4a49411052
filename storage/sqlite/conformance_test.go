package sqlite_test

import (
	"path/filepath"
	"testing"

	"claimdesk/claims"
	"claimdesk/storage/sqlite"
	"claimdesk/storage/storetest"
)

// TestConformance runs the backend-independent conformance suite against a
// fresh SQLite database per subtest.
func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) claims.Services {
		db, err := sqlite.Open(filepath.Join(t.TempDir(), "test.db"))
		if err != nil {
			t.Fatalf("open: %v", err)
		}
		t.Cleanup(func() {
			if err := db.Close(); err != nil {
				t.Errorf("close: %v", err)
			}
		})
		return db.Services()
	})
}
