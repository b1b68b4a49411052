package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// unlink takes a link back: the claim no longer has an earlier check, the
// history says whose link it was, the other claims of the group stay
// linked, and a pair not linked is a mistake in one line.
func TestUnlink(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	first := mustID(t, db, "claim", "add", "--text", "Nordhafen built 412 wind turbines in 2025.")
	mustRun(t, db, "claim", "set", first, "--verdict", "false")
	second := mustID(t, db, "claim", "add", "--text", "In 2025 Nordhafen put up 412 wind turbines.")
	third := mustID(t, db, "claim", "add", "--text", "Nordhafen has 412 new wind turbines.")
	mustRun(t, db, "--actor", "anna", "link", "--copy-verdict", second, first)
	mustRun(t, db, "--actor", "anna", "link", third, second)
	if out := mustRun(t, db, "links", second); strings.Count(out, "\n") != 2 || !strings.Contains(out, first) ||
		!strings.Contains(out, third) || !strings.Contains(out, "anna") {
		t.Fatalf("links of the second claim:\n%s\nwant the first and the third, by anna", out)
	}
	if r := claimctl(t, db, "--actor", "ben", "unlink", second, first); r.code != 0 || !strings.Contains(r.stdout, "no longer linked") ||
		!strings.Contains(r.stderr, "the verdict copied from claim "+first+" stays") {
		t.Errorf("unlink: exit %d, printed %q, note %q; want the copied verdict named as staying", r.code, r.stdout, r.stderr)
	}
	if out := mustRun(t, db, "claims", "--seen-before"); strings.Contains(out, first) || !strings.Contains(out, third) {
		t.Errorf("claims with an earlier check after unlinking:\n%s\nwant the second and third, not the first", out)
	}
	if h := mustRun(t, db, "history", second); !strings.Contains(h, "unlinked") || !strings.Contains(h, "linked as the same by anna") {
		t.Errorf("history of the claim:\n%s\nwant the link taken back, naming anna's", h)
	}
	if s := mustRun(t, db, "claim", "show", second); !strings.Contains(s, "false") {
		t.Errorf("the claim after unlinking:\n%s\nwant the copied verdict kept", s)
	}
	wantOneLineError(t, claimctl(t, db, "unlink", second, first), "are not linked")
}

// match --claim leaves out the earlier checks the claim is linked to, as it
// leaves out dismissed ones, and offers them again once the link is taken
// back; links says so when a claim has none.
func TestMatchLeavesOutLinked(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	first := mustID(t, db, "claim", "add", "--text", "Lindau closed 14 of its 31 public libraries in 2024.")
	mustRun(t, db, "claim", "set", first, "--verdict", "true")
	second := mustID(t, db, "claim", "add", "--text", "In 2024 Lindau closed 14 public libraries.")
	if out := mustRun(t, db, "links", second); !strings.Contains(out, "No links") {
		t.Errorf("links of a claim without links printed %q", out)
	}
	if out := mustRun(t, db, "match", "--claim", second); !strings.Contains(out, first) {
		t.Fatalf("match before linking:\n%s\nwant the first claim", out)
	}
	mustRun(t, db, "link", second, first)
	if out := mustRun(t, db, "match", "--claim", second); strings.Contains(out, first) {
		t.Errorf("match after linking:\n%s\nwant the linked claim left out", out)
	}
	mustRun(t, db, "unlink", second, first)
	if out := mustRun(t, db, "match", "--claim", second); !strings.Contains(out, first) {
		t.Errorf("match after unlinking:\n%s\nwant the first claim again", out)
	}
}

// match --claim leaves out a claim in the same group through another link
// too (the second linked to the third, the third to the first: the first
// is the same claim as the second already), and link refuses to make a
// dismissed pair the same through the group, naming the dismissal, with a
// failing exit and nothing linked.
func TestMatchLeavesOutGroup(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	first := mustID(t, db, "claim", "add", "--text", "Lindau closed 14 of its 31 public libraries in 2024.")
	mustRun(t, db, "claim", "set", first, "--verdict", "true")
	second := mustID(t, db, "claim", "add", "--text", "In 2024 Lindau closed 14 public libraries.")
	third := mustID(t, db, "claim", "add", "--text", "Lindau shut 14 libraries in 2024.")
	mustRun(t, db, "claim", "set", third, "--verdict", "true")
	mustRun(t, db, "link", third, first)
	mustRun(t, db, "link", second, third)
	if out := mustRun(t, db, "match", "--claim", second); strings.Contains(out, first) {
		t.Errorf("match of a claim in the first claim's group:\n%s\nwant the first left out", out)
	}
	fourth := mustID(t, db, "claim", "add", "--text", "Lindau closed 14 libraries in 2024, the mayor said.")
	mustRun(t, db, "--actor", "anna", "dismiss", fourth, first)
	r := claimctl(t, db, "--actor", "ben", "link", fourth, third)
	if r.code == 0 || !strings.Contains(r.stderr, "dismissed as not the same by anna") || !strings.Contains(r.stderr, first) {
		t.Errorf("link through a dismissal: exit %d, stderr %q; want refused, naming anna's dismissal of the first claim", r.code, r.stderr)
	}
	if out := mustRun(t, db, "links", fourth); !strings.Contains(out, "No links") {
		t.Errorf("links after the refused link: %q", out)
	}
	if out := mustRun(t, db, "check"); !strings.HasPrefix(out, "ok") {
		t.Errorf("check: %q", out)
	}
}
