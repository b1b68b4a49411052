package extract

import "testing"

// TestTitledRoleDE checks a heading that names a person by office alone
// (invented texts): once the text names the person right after the same
// noun, the heading's claimant is that person; a noun the text never gives
// a name stays.
func TestTitledRoleDE(t *testing.T) {
	for text, want := range map[string]string{
		"Verkehrssenatorin warnt vor Reisen in Risikogebiete\n\nVerkehrssenatorin Hanna Kolbe (SPD) hat die Menschen in Harbor City aufgerufen, auf Reisen zu verzichten.": "Hanna Kolbe",
		"Verkehrssenatorin warnt vor Reisen in Risikogebiete\n\nDie Menschen in Harbor City sollen auf Reisen verzichten, sagte die Stadt.":                                "Verkehrssenatorin",
	} {
		got := "<no unit>"
		if units := Extract(text, Options{Lang: "de"}); len(units) > 0 {
			got = units[0].Claimant
		}
		if got != want {
			t.Errorf("%q: heading's claimant %q, want %q", text, got, want)
		}
	}
}
