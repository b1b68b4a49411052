package main

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// resolve takes the bundle's version of a conflict once: a second resolve
// of the same version writes no second history entry. An unknown KIND is
// a usage error.
func TestResolveTwice(t *testing.T) {
	dbA, dbB := newDB(t), newDB(t)
	dir := t.TempDir()
	claim := mustID(t, dbA, "claim", "add", "--text", "Die Zahl der Windräder stieg um 412.")
	z1, z2 := filepath.Join(dir, "1.zip"), filepath.Join(dir, "2.zip")
	mustRun(t, dbA, "export", "--format", "bundle", "--out", z1)
	mustRun(t, dbB, "import-bundle", z1)
	mustRun(t, dbB, "claim", "set", claim, "--rationale", "Der Verband zählt 287.")
	mustRun(t, dbA, "claim", "set", claim, "--rationale", "Das Amt zählt 301.")
	mustRun(t, dbA, "export", "--format", "bundle", "--out", z2)
	out := mustRun(t, dbB, "import-bundle", z2)
	m := regexp.MustCompile(`claim\s+` + claim + `\s+([0-9a-f]{8,})`).FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("no conflict listed:\n%s", out)
	}
	for range 2 {
		mustRun(t, dbB, "resolve", "claim", claim, m[1])
	}
	if out := mustRun(t, dbB, "claim", "show", claim); !strings.Contains(out, "Das Amt zählt 301.") {
		t.Errorf("the bundle's version was not taken:\n%s", out)
	}
	if n := strings.Count(mustRun(t, dbB, "history", claim), " merged "); n != 1 {
		t.Errorf("%d merged entries in the history, want 1", n)
	}
	wantOneLineError(t, claimctl(t, dbB, "resolve", "frob", claim, m[1]), `unknown KIND "frob"`)
}
