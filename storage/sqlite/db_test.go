package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"

	"claimdesk/claims"
	"claimdesk/storage/sqlite"
)

// MustOpenDB opens a new database in a temporary directory and closes it
// when the test ends.
func MustOpenDB(tb testing.TB) *sqlite.DB {
	tb.Helper()
	db, err := sqlite.Open(filepath.Join(tb.TempDir(), "data", "claimdesk.db"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		// Every test leaves a database that passes the integrity checks.
		if err := db.Services().Maintenance.Check(context.Background()); err != nil {
			tb.Error(err)
		}
		if err := db.Close(); err != nil {
			tb.Error(err)
		}
	})
	return db
}

// ctx is a context with a known actor.
var ctx = claims.WithActor(context.Background(), "tester")

// code returns the claims error code of err.
func code(err error) string { return claims.ErrorCode(err) }

func ptr[T any](v T) *T { return &v }

func TestServicesAllSet(t *testing.T) {
	s := MustOpenDB(t).Services()
	for name, v := range map[string]any{"Articles": s.Articles, "Claims": s.Claims, "Sources": s.Sources,
		"Evidence": s.Evidence, "Scales": s.Scales, "History": s.History, "Search": s.Search,
		"Exchange": s.Exchange, "Maintenance": s.Maintenance} {
		if v == nil {
			t.Errorf("Services().%s is nil", name)
		}
	}
}
