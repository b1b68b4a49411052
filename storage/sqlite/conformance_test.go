package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"

	"claimdesk/claims"
	"claimdesk/storage/sqlite"
	"claimdesk/storage/storetest"
)

// TestConformance runs the backend-independent conformance suite against a
// fresh SQLite database per subtest, its claims ranked by the in-memory
// index (built before the subtest starts, then kept current by each search).
func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) claims.Services {
		db, err := sqlite.Open(filepath.Join(t.TempDir(), "test.db"))
		if err != nil {
			t.Fatalf("open: %v", err)
		}
		if why, err := db.WaitSearchIndex(context.Background()); err != nil || why != "" {
			t.Fatalf("search index: %q, %v", why, err)
		}
		t.Cleanup(func() {
			if err := db.Close(); err != nil {
				t.Errorf("close: %v", err)
			}
		})
		return db.Services()
	})
}
