package extract_test

import (
	"strings"
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
	// a person's name cut by the wrap: the claimant is the one of the
	// same text on one line
	for _, column := range []string{
		"Der Mieterbund nannte die Erhöhung nicht\nnachvollziehbar und viel zu hoch. Verbandschef Jonas\nWeidlich sagte, viele Haushalte könnten\ndie Mehrkosten von rund 180 Euro im Jahr\nnicht tragen. Der Verband der Vermieter\nwies die Kritik am Donnerstag zurück.",
		"Der Mieterbund nannte die Erhöhung nicht\nnachvollziehbar und viel zu hoch. Das sagte Jonas\nWeidlich. Viele Haushalte könnten\ndie Mehrkosten von rund 180 Euro im Jahr\nnicht tragen. Der Verband der Vermieter\nwies die Kritik am Donnerstag zurück.",
	} {
		wrapped := extract.Extract(column, extract.Options{})
		flat := extract.Extract(strings.ReplaceAll(column, "\n", " "), extract.Options{})
		if len(wrapped) != len(flat) || len(wrapped) < 2 || wrapped[1].Claimant != "Jonas Weidlich" {
			t.Errorf("%q: units %+v, on one line %+v", column, wrapped, flat)
			continue
		}
		for i, u := range wrapped {
			if u.Claimant != flat[i].Claimant {
				t.Errorf("%q: claimant %q, on one line %q", u.Text, u.Claimant, flat[i].Claimant)
			}
		}
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
