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
	dir := t.TempDir()
	mustRun(t, from, "archive", "import", writeFile(t, dir, "checks.tsv", archiveTSV), "--name", "Checks")
	var ms []struct {
		Target struct{ ID string } `json:"target"`
	}
	decode(t, mustRun(t, from, "match", "--all", "--format", "json", "Unemployment in Ohio doubled since 2016."), &ms)
	if len(ms) == 0 {
		t.Fatal("no match in the archive")
	}
	mustRun(t, from, "link", id, ms[0].Target.ID)
	to := filepath.Join(dir, "copy.db")
	out := mustRun(t, from, "migrate", "--from", from, "--to", to)
	for _, want := range []string{"claims           1", "history entries  3", "archives         1",
		"archive records  2", "record links     1"} {
		if !strings.Contains(out, want) {
			t.Fatalf("migrate output lacks %q:\n%s", want, out)
		}
	}
	if h := mustRun(t, to, "history", id); !strings.Contains(h, "ben") || !strings.Contains(h, "researching") {
		t.Fatalf("history in the copy:\n%s", h)
	}
	if out := mustRun(t, to, "archive", "list"); !strings.Contains(out, "Checks") {
		t.Fatalf("archives in the copy:\n%s", out)
	}
	if out := mustRun(t, to, "claims", "--seen-before"); !strings.Contains(out, "Die Mieten stiegen") {
		t.Fatalf("claims --seen-before in the copy:\n%s", out)
	}
	r := claimctl(t, from, "migrate", "--from", from, "--to", to)
	if r.code == 0 || !strings.Contains(r.stderr, "not empty") {
		t.Fatalf("a second migrate into the copy: exit %d, %s", r.code, r.stderr)
	}
	if r := claimctl(t, from, "migrate", "--from", from); r.code == 0 {
		t.Fatal("migrate without --to succeeded")
	}
}
