package extract

import "testing"

// TestGroupNameEN checks that a claimant opening with a quantifier is a
// group, which "he" does not refer to.
func TestGroupNameEN(t *testing.T) {
	var d docState
	for in, want := range map[string]bool{"Some Harborites": false, "Many Officials": false, "Dana Reyes": true} {
		if got := d.personLikeEN(in); got != want {
			t.Errorf("personLikeEN(%q) = %v, want %v", in, got, want)
		}
	}
	checkLast(t, "en", map[string]string{
		"Dana Reyes runs the pier. “The pier is old,” Reyes said. Some Harborites say the pier must close. The town was split, because “people saw the damage,” he added.": "Dana Reyes",
	})
}
