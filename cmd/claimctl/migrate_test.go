package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestMigrate copies a database file into a new file with claimctl migrate,
// then refuses to copy into it again. (Copies to and from PostgreSQL are
// tested in storage/backend.)
func TestMigrate(t *testing.T) {
	from := newDB(t)
	id := mustID(t, from, "claim", "add", "--text", "Die Mieten stiegen um 40 Prozent.")
	mustRun(t, from, "--actor", "ben", "claim", "set", "--status", "researching", id)
	to := filepath.Join(t.TempDir(), "copy.db")
	out := mustRun(t, from, "migrate", "--from", from, "--to", to)
	if !strings.Contains(out, "claims           1") || !strings.Contains(out, "history entries  2") {
		t.Fatalf("migrate output:\n%s", out)
	}
	if h := mustRun(t, to, "history", id); !strings.Contains(h, "ben") || !strings.Contains(h, "researching") {
		t.Fatalf("history in the copy:\n%s", h)
	}
	r := claimctl(t, from, "migrate", "--from", from, "--to", to)
	if r.code == 0 || !strings.Contains(r.stderr, "not empty") {
		t.Fatalf("a second migrate into the copy: exit %d, %s", r.code, r.stderr)
	}
	if r := claimctl(t, from, "migrate", "--from", from); r.code == 0 {
		t.Fatal("migrate without --to succeeded")
	}
}
