package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// A pair linked as the same claim cannot be dismissed as not the same,
// neither a claim and an archive record nor two claims (either way round);
// an unlinked pair can.
func TestDismissLinked(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "t.db")
	f := writeFile(t, dir, "checks.tsv", "cid\ttext\tverdict\turl\n"+
		"k1\tThe town of Nordhafen built 412 wind turbines in 2025.\tfalse\thttps://checks.example/k1\n"+
		"k2\tBread prices in Nordhafen tripled since 2019.\ttrue\thttps://checks.example/k2\n")
	mustRun(t, db, "archive", "import", f, "--name", "Checks")
	claim := mustID(t, db, "claim", "add", "--text", "Nordhafen built 412 wind turbines in 2025; bread prices tripled since 2019.")
	var ms []struct {
		Target struct{ ID string } `json:"target"`
	}
	if err := json.Unmarshal([]byte(mustRun(t, db, "match", "--all", "--format", "json", "--claim", claim)), &ms); err != nil || len(ms) < 2 {
		t.Fatalf("matches %+v, %v; want both records", ms, err)
	}
	linked, other := ms[0].Target.ID, ms[1].Target.ID
	mustRun(t, db, "link", claim, linked)
	wantOneLineError(t, claimctl(t, db, "dismiss", claim, linked), "is linked to record "+linked)
	mustRun(t, db, "dismiss", claim, other)

	twin := mustID(t, db, "claim", "add", "--text", "In 2025 Nordhafen put up 412 wind turbines.")
	mustRun(t, db, "link", twin, claim)
	wantOneLineError(t, claimctl(t, db, "dismiss", twin, claim), "is linked to claim "+claim)
	wantOneLineError(t, claimctl(t, db, "dismiss", claim, twin), "is linked to claim "+twin)
}

// Linking a pair dismissed before (by another checker) removes the
// dismissal and says so, and the history names whose it was.
func TestLinkOverDismissal(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	first := mustID(t, db, "claim", "add", "--text", "Nordhafen built 412 wind turbines in 2025.")
	mustRun(t, db, "claim", "set", first, "--verdict", "false")
	second := mustID(t, db, "claim", "add", "--text", "In 2025 Nordhafen put up 412 wind turbines.")
	mustRun(t, db, "--actor", "anna", "dismiss", second, first)
	r := claimctl(t, db, "--actor", "ben", "link", second, first)
	if r.code != 0 || !strings.Contains(r.stderr, "that dismissal is removed") {
		t.Fatalf("link over a dismissal: exit %d, stderr %q", r.code, r.stderr)
	}
	if h := mustRun(t, db, "history", second); !strings.Contains(h, "dismissed as not the same by anna") {
		t.Errorf("history of the claim:\n%s\nwant the link naming anna's dismissal", h)
	}
	// linked, the pair is listed by links and left out of match; once the
	// link is taken back it is suggested again: the dismissal is gone
	if l := mustRun(t, db, "links", second); !strings.Contains(l, first) {
		t.Errorf("links after the link:\n%s\nwant the linked claim", l)
	}
	mustRun(t, db, "unlink", second, first)
	if m := mustRun(t, db, "match", "--claim", second); !strings.Contains(m, first) {
		t.Errorf("match after the link was taken back:\n%s\nwant the claim suggested again, its dismissal removed", m)
	}
}
