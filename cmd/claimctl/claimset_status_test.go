package main

import (
	"strings"
	"testing"
)

// TestClaimSetVerdictMovesNewClaim: claim set --verdict on a new claim
// moves it to researching, one status entry in its history; a status given
// in the same command is kept, and a published claim stays published.
func TestClaimSetVerdictMovesNewClaim(t *testing.T) {
	db := newDB(t)
	id := mustID(t, db, "claim", "add", "--text", "Die Mieten stiegen um 40 Prozent.")
	if out := mustRun(t, db, "claim", "set", "--conclusion", "Falsch, laut Mietspiegel.", id); !strings.Contains(out, "status: researching") {
		t.Errorf("a verdict on a new claim: %q, want status researching", out)
	}
	hist := mustRun(t, db, "history", id)
	if n := strings.Count(hist, "researching"); n != 1 {
		t.Errorf("history names researching %d times, want once:\n%s", n, hist)
	}

	kept := mustID(t, db, "claim", "add", "--text", "Der Hafen wurde 1990 gebaut.")
	if out := mustRun(t, db, "claim", "set", "--status", "new", "--conclusion", "Stimmt.", kept); !strings.Contains(out, "status: new") {
		t.Errorf("--status new with a verdict: %q, want status new", out)
	}
	pub := mustID(t, db, "claim", "add", "--text", "Die Brücke kostete 350 Millionen.")
	mustRun(t, db, "claim", "set", "--status", "published", pub)
	if out := mustRun(t, db, "claim", "set", "--conclusion", "Teilweise richtig.", pub); !strings.Contains(out, "status: published") {
		t.Errorf("a verdict on a published claim: %q, want status published", out)
	}
}
