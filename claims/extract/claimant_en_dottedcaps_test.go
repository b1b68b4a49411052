package extract

import "testing"

// TestDottedCapsEN checks that initials written together before a surname
// keep a name a person's for "he" and "she", while the abbreviation of a
// country does not.
func TestDottedCapsEN(t *testing.T) {
	var d docState
	for in, want := range map[string]bool{"K.J. Osei": true, "U.S. Navy": false, "K.J.": false, "Kim Osei": true} {
		if got := d.personLikeEN(in); got != want {
			t.Errorf("personLikeEN(%q) = %v, want %v", in, got, want)
		}
	}
	checkLast(t, "en", map[string]string{
		"K.J. Osei left the harbor in 1990. Harbor workers got three options, Osei said. “We had no other choice,” he said.": "K.J. Osei",
	})
}
