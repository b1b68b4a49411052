package extract

import "testing"

// TestAbbrevStopEN checks a described source holding an abbreviation in
// capital letters with full stops ("U.S."): the phrase goes on after its
// last stop; a stop that ends a sentence inside the unit still ends it.
func TestAbbrevStopEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"A senior U.S. official said the ferry tolls would rise in June.":                              "A senior U.S. official",
		"A former U.N. envoy told reporters that the talks had stalled.":                               "A former U.N. envoy",
		"A U.S. official told reporters the pier would close. The pier was unsafe, the official said.": "A U.S. official",
	})
}

// TestLetterDotsEN checks the body of an abbreviation of single letters.
func TestLetterDotsEN(t *testing.T) {
	for w, want := range map[string]bool{"u": true, "u.s": true, "d.c": true, "us": false, "u.": false, "gov": false, "": false} {
		if got := letterDotsEN(w); got != want {
			t.Errorf("letterDotsEN(%q) = %v, want %v", w, got, want)
		}
	}
}
