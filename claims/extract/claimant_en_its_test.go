package extract

import "testing"

// TestItsClaimantEN checks that "Its" opening a claimant is the body
// quoted last, in the possessive.
func TestItsClaimantEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Tarvonia denied the charge. Its defence ministry said the drills were routine.": "Tarvonia's defence ministry",
	})
	d := &docState{}
	if got := d.itsClaimantEN("Its defence ministry"); got != "defence ministry" {
		t.Errorf("no body quoted: %q, want %q", got, "defence ministry")
	}
}
