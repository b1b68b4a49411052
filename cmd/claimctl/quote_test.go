package main

import (
	"strings"
	"testing"
)

// findQuote anchors a quote typed or copied as a checker would: across a
// line break, with straight quotation marks for curly ones, and counts the
// places it stands.
func TestFindQuote(t *testing.T) {
	body := "Die Mieten stiegen um 40 Prozent, sagte\nder Sprecher. Er nannte das „eine Zumutung“.\nDie Mieten stiegen um 40 Prozent."
	for _, tc := range []struct {
		text, want string
		n          int
	}{
		{"sagte der Sprecher", "sagte\nder Sprecher", 1},
		{`das "eine Zumutung".`, "das „eine Zumutung“.", 1},
		{"Die Mieten stiegen um 40 Prozent", "Die Mieten stiegen um 40 Prozent", 2},
		{"Die Mieten sanken", "", 0},
		{"sagte  der\tSprecher. Er", "sagte\nder Sprecher. Er", 1},
	} {
		start, end, n := findQuote(body, tc.text)
		if n != tc.n || (n > 0 && body[start:end] != tc.want) {
			t.Errorf("findQuote(%q) = %q, %d places; want %q, %d", tc.text, body[start:end], n, tc.want, tc.n)
		}
	}
}

// claim add --article anchors a quote copied across a line break or typed
// with straight quotation marks, and says when the quote stands twice.
func TestClaimAddAnchorsLooseQuote(t *testing.T) {
	db := newDB(t)
	id := mustID(t, db, "import", writeFile(t, t.TempDir(), "a.txt",
		"Mieten\n\nDie Mieten stiegen um 40 Prozent, sagte\nder Sprecher. Er nannte das „eine Zumutung“. Die Mieten stiegen um 40 Prozent.\n"))
	for _, text := range []string{"sagte der Sprecher", `Er nannte das "eine Zumutung".`} {
		r := claimctl(t, db, "claim", "add", "--article", id, "--text", text)
		if r.code != 0 || r.stderr != "" {
			t.Errorf("claim add %q: exit %d, stderr %q", text, r.code, r.stderr)
		}
		if out := mustRun(t, db, "claim", "show", strings.TrimSpace(r.stdout)); !strings.Contains(out, "Anchor:     bytes") {
			t.Errorf("claim %q is not anchored:\n%s", text, out)
		}
	}
	r := claimctl(t, db, "claim", "add", "--article", id, "--text", "Die Mieten stiegen um 40 Prozent")
	if r.code != 0 || !strings.Contains(r.stderr, "more than once") {
		t.Errorf("a quote standing twice: exit %d, stderr %q", r.code, r.stderr)
	}
}
