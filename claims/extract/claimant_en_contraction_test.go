package extract

import "testing"

// TestContractionOpensNoNameEN checks that a contraction before a name
// ("I'm Nora Feld") is no part of the name a later short form refers to,
// and that names with an apostrophe of their own keep it.
func TestContractionOpensNoNameEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Good evening. I'm Nora Feld, and this is the late report. Bus fares rose by 12 percent this year, Feld said.": "Nora Feld",
		"Hello again. I’m Nora Feld with the weather. Rain fell on 20 days in March, Feld said.":                       "Nora Feld",
		"We’re joined by Tarek Oduya of the port authority. Cargo fell by a third in May, Oduya said.":                 "Tarek Oduya",
		"Councillor Aine O'Dowd opened the hearing. The pool has been closed for 40 weeks, O'Dowd said.":               "Aine O'Dowd",
	})
	for w, want := range map[string]bool{"I'm": true, "We’ve": true, "they'll": true, "It's": true, "Here’s": true, "O'Dowd": false, "Feld's": false, "D'Souza": false, "I": false} {
		if got := contractionEN(w); got != want {
			t.Errorf("contractionEN(%q) = %v, want %v", w, got, want)
		}
	}
}
