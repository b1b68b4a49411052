package extract_test

import (
	"testing"

	"claimdesk/claims/extract"
)

// TestClaimantOneLine checks that a claimant broken over two lines of a
// hard-wrapped text reads on one line (invented sentences).
func TestClaimantOneLine(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Die Gebühren steigen um 8 Prozent, wie eine Sprecherin\ndes Umweltamtes bestätigte.", "Sprecherin des Umweltamtes"},
		{"Fees rise by 8 percent, a spokeswoman for the environment\noffice confirmed.", "a spokeswoman for the environment office"},
	}
	for _, c := range cases {
		units := extract.Extract(c.text, extract.Options{})
		if len(units) != 1 || units[0].Claimant != c.want {
			for _, u := range units {
				t.Logf("%q [%s]", u.Text, u.Claimant)
			}
			t.Errorf("%q: claimant not %q", c.text, c.want)
		}
	}
}
