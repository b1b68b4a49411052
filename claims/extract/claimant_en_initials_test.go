package extract

import "testing"

// TestDottedInitialsEN checks that initials written together open a
// person's name, while "U.S." stays no part of one.
func TestDottedInitialsEN(t *testing.T) {
	for w, want := range map[string]bool{"t.s": true, "h.w": true, "u.s": false, "ts": false, "t.": false, "tom": false} {
		if got := dottedInitials(w); got != want {
			t.Errorf("dottedInitials(%q) = %v, want %v", w, got, want)
		}
	}
	checkLast(t, "en", map[string]string{
		"Harbor chief R.J. Okafor spoke on Monday. “The pier is safe,” Okafor said.": "R.J. Okafor",
	})
}
