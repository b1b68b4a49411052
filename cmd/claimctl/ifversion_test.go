package main

import (
	"regexp"
	"strings"
	"testing"
)

// TestClaimSetIfVersion plays two checkers who both read version V of a
// claim: the first save goes through, the second is refused with both
// versions in the message and changes nothing.
func TestClaimSetIfVersion(t *testing.T) {
	db := newDB(t)
	id := mustID(t, db, "claim", "add", "--text", "Die Mieten stiegen um 40 Prozent.")
	m := regexp.MustCompile(`(?m)^Version:\s+([0-9a-f]{12})$`).FindStringSubmatch(mustRun(t, db, "claim", "show", id))
	if m == nil {
		t.Fatal("claim show prints no Version")
	}
	v := m[1]
	mustRun(t, db, "--actor", "ben", "claim", "set", "--if-version", v, "--status", "researching", id)
	r := claimctl(t, db, "--actor", "anna", "claim", "set", "--if-version", v, "--status", "published", "--rationale", "Laut Mietspiegel.", id)
	if r.code == 0 {
		t.Fatalf("the second save on the same version succeeded:\n%s", r.stdout)
	}
	// One line, its parts kept apart by full stops.
	if strings.Count(r.stderr, "\n") != 1 || !strings.Contains(r.stderr, `yours "published". `) {
		t.Errorf("message is not one line of sentences:\n%s", r.stderr)
	}
	for _, want := range []string{"changed by ben", `saved "researching"; yours "published"`, `yours "Laut Mietspiegel."`} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("message lacks %q:\n%s", want, r.stderr)
		}
	}
	if out := mustRun(t, db, "claim", "show", id); !strings.Contains(out, "researching") || strings.Contains(out, "Mietspiegel") {
		t.Fatalf("the refused save changed the claim:\n%s", out)
	}
	if r := claimctl(t, db, "claim", "set", "--if-version", "abc", "--status", "new", id); r.code == 0 {
		t.Fatal("--if-version with 3 characters was accepted")
	}
}

// A script reads the version from claim show --format json and saves with
// it; a save on the version it read before another change is refused.
func TestClaimShowJSONVersion(t *testing.T) {
	db := newDB(t)
	id := mustID(t, db, "claim", "add", "--text", "Die Mieten stiegen um 40 Prozent.")
	var c struct{ Version string }
	decode(t, mustRun(t, db, "claim", "show", id, "--format", "json"), &c)
	if len(c.Version) != 64 {
		t.Fatalf("claim show --format json: version %q, want the 64-hex version hash", c.Version)
	}
	mustRun(t, db, "claim", "set", "--if-version", c.Version, "--verdict", "true", id)
	if r := claimctl(t, db, "claim", "set", "--if-version", c.Version, "--verdict", "false", id); r.code != 2 || strings.Count(r.stderr, "\n") != 1 {
		t.Errorf("a save on a stale version from JSON: exit %d, stderr %q; want 2 and one line", r.code, r.stderr)
	}
}
