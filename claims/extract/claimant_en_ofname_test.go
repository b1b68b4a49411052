package extract

import "testing"

// TestOfNameEN: an English body's name with "of" or "for" inside stays
// whole, before and after the lower-case word.
func TestOfNameEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Fares rose by 20 percent, the Norland Department of Ferries said.":                                     "Norland Department of Ferries",
		"The ferries run less often, a study by the Council of the Great Harbor Towns found.":                   "Council of the Great Harbor Towns",
		"The contract covers 100 dockers, according to the Communications Workers of Norland.":                  "Communications Workers of Norland",
		"A report by the International Harbor Corporation of the Norland Bank Group found that piers were old.": "International Harbor Corporation of the Norland Bank Group",
		"Tom Jones of the Harbor Party said the piers were unsafe.":                                             "Tom Jones",
	})
	for _, c := range []struct{ text, who, want string }{
		{"the Norland Department of Ferries said", "Norland Department", "Norland Department of Ferries"},
		{"the Norland Department of Harbor Advisers Chair Ann Lee said", "Norland Department", "Norland Department"},
		{"the Norland Center for Politics poll found", "Norland Center", "Norland Center"},
		{"a study by the Council of the Great Harbor Towns found", "Great Harbor Towns", "Council of the Great Harbor Towns"},
		{"the mayor of Great Harbor Towns said", "Great Harbor Towns", "Great Harbor Towns"},
		{"Ann Lee of the Harbor Party said", "Harbor Party", "Harbor Party"},
	} {
		var d docState
		d.en = true
		if got := d.ofNameEN(c.text, c.who); got != c.want {
			t.Errorf("ofNameEN(%q, %q) = %q, want %q", c.text, c.who, got, c.want)
		}
	}
	for _, n := range []string{"Communications Workers of Norland", "International Harbor Corporation of the Norland Bank Group"} {
		if got := personNameEN(n); got != n {
			t.Errorf("personNameEN(%q) = %q, want it whole", n, got)
		}
	}
	checkLast(t, "en", map[string]string{ // the text writes "harbor" in lower case: still no title (stripTitlesEN)
		"The harbor was closed. The piers are old, according to the Harbor Workers of Norland.": "Harbor Workers of Norland",
	})
}
