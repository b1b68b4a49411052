package extract

import "testing"

// TestOtherClauseSpeakers checks two coordinated clauses with a verb of
// saying and a speaker each: both are claimants; a verb of finding in the
// second clause adds none.
func TestOtherClauseSpeakers(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Ann Lee said the bridge was safe, while Tom Bell said it was not.":             "Ann Lee; Tom Bell",
		"The council denies the charge, and Tom Bell denies any part in the deal.":      "council; Tom Bell",
		"Ann Lee said the bridge was safe, and inspectors found cracks in the pillars.": "Ann Lee",
	})
	checkLast(t, "de", map[string]string{
		"Jan Roth sagte, die Brücke sei sicher, während Eva Kühn erklärte, sie sei marode.": "Jan Roth; Eva Kühn",
	})
}

// TestJoinClaimants checks that an empty claimant joins no "; ".
func TestJoinClaimants(t *testing.T) {
	for _, c := range [][3]string{{"A", "B", "A; B"}, {"", "B", "B"}, {"A", "", "A"}, {"", "", ""}} {
		if got := joinClaimants(c[0], c[1]); got != c[2] {
			t.Errorf("joinClaimants(%q, %q) = %q, want %q", c[0], c[1], got, c[2])
		}
	}
}
