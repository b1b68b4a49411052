package extract

import "testing"

// TestOfNameEN: an English body's name with "of" or "for" inside stays
// whole, before and after the lower-case word.
func TestOfNameEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Fares rose by 20 percent, the Norland Department of Ferries said.":                                        "Norland Department of Ferries",
		"Ticket prices doubled in a decade, according to the Council of the Northern Harbor Towns.":                "Council of the Northern Harbor Towns",
		"Night shifts will end in June, according to the Transportation Workers of Norland.":                       "Transportation Workers of Norland",
		"Piers in the north are the oldest, a survey by the Intercontinental Ferry Corporation of Norland showed.": "Intercontinental Ferry Corporation of Norland",
		"Tom Jones of the Harbor Party said the piers were unsafe.":                                                "Tom Jones",
	})
	for _, c := range []struct{ text, who, want string }{
		{"the Norland Department of Ferries said", "Norland Department", "Norland Department of Ferries"},
		{"the Norland Department of Harbor Advisers Chair Ann Lee said", "Norland Department", "Norland Department"},
		{"the Norland Center for Politics poll found", "Norland Center", "Norland Center"},
		{"according to the Council of the Northern Harbor Towns", "Northern Harbor Towns", "Council of the Northern Harbor Towns"},
		{"the mayor of Northern Harbor Towns said", "Northern Harbor Towns", "Northern Harbor Towns"},
		{"Ann Lee of the Harbor Party said", "Harbor Party", "Harbor Party"},
	} {
		var d docState
		d.en = true
		if got := d.ofNameEN(c.text, c.who); got != c.want {
			t.Errorf("ofNameEN(%q, %q) = %q, want %q", c.text, c.who, got, c.want)
		}
	}
	for _, n := range []string{"Transportation Workers of Norland", "Intercontinental Ferry Corporation of Norland"} {
		if got := personNameEN(n); got != n {
			t.Errorf("personNameEN(%q) = %q, want it whole", n, got)
		}
	}
	checkLast(t, "en", map[string]string{ // the text writes "harbor" in lower case: still no title (stripTitlesEN)
		"The harbor was closed. The piers are old, according to the Harbor Workers of Norland.": "Harbor Workers of Norland",
	})
}
