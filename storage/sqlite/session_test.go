package sqlite_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"claimdesk/claims"
	"claimdesk/storage/sqlite"
)

// crashed leaves the session marker of a process that ended without
// closing the database at path (no process has PID 999999999).
func crashed(t *testing.T, path string) {
	t.Helper()
	if err := os.WriteFile(path+".open-999999999-dead", nil, 0o600); err != nil {
		t.Fatal(err)
	}
}

// markers lists the session markers beside path.
func markers(t *testing.T, path string) []string {
	t.Helper()
	m, err := filepath.Glob(filepath.Join(filepath.Dir(path), "*.open-*"))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// damage overwrites pages 2 to 4 of the database at path (tables and indexes).
func damage(t *testing.T, path string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	pageSize := int(b[16])<<8 | int(b[17])
	for i := pageSize; i < 4*pageSize && i < len(b); i++ {
		b[i] = 0xA5
	}
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
}

func TestSessionMarkers(t *testing.T) {
	path := filepath.Join(t.TempDir(), "claimdesk.db")
	db, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if m := markers(t, path); len(m) != 1 {
		t.Fatalf("open database: markers %v, want one", m)
	}
	second, err := sqlite.Open(path) // the window and claimctl at once
	if err != nil {
		t.Fatal(err)
	}
	if m := markers(t, path); len(m) != 2 {
		t.Fatalf("two sessions: markers %v, want two", m)
	}
	second.Close()
	if m := markers(t, path); len(m) != 1 {
		t.Fatalf("one session closed: markers %v, want the other's", m)
	}
	db.Close()
	if m := markers(t, path); len(m) != 0 {
		t.Fatalf("after Close: markers %v, want none", m)
	}
	crashed(t, path)
	db, err = sqlite.Open(path) // checks, then forgets the stale marker
	if err != nil {
		t.Fatal(err)
	}
	if m := markers(t, path); len(m) != 1 || strings.HasSuffix(m[0], "-dead") {
		t.Fatalf("after a crash: markers %v, want only the new session's", m)
	}
	if err := db.Services().Maintenance.(claims.QuickChecker).QuickCheck(ctx); err != nil {
		t.Errorf("QuickCheck on a sound database: %v", err)
	}
	db.Close()
}

// TestDamageFoundAfterCleanClose: a file damaged after a clean close opens
// without the check (or fails to open), and QuickCheck finds the damage.
func TestDamageFoundAfterCleanClose(t *testing.T) {
	path := filepath.Join(t.TempDir(), "claimdesk.db")
	createDB(t, path)
	damage(t, path)
	db, err := sqlite.Open(path)
	if err != nil {
		if !errors.Is(err, sqlite.ErrCorrupt) {
			t.Fatalf("Open: %v, want success or ErrCorrupt", err)
		}
		return
	}
	defer db.Close()
	err = db.Services().Maintenance.(claims.QuickChecker).QuickCheck(ctx)
	if !errors.Is(err, sqlite.ErrCorrupt) || !strings.Contains(claims.ErrorMessage(err), "damaged") {
		t.Fatalf("QuickCheck = %v, want ErrCorrupt saying the file is damaged", err)
	}
}
