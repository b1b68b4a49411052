package extract

import "testing"

// TestOtherBodyOfKindEN checks that "the finance ministry said" after the
// foreign ministry was quoted names the finance ministry, while "the
// ministry said" and "the foreign ministry said" still refer back.
func TestOtherBodyOfKindEN(t *testing.T) {
	const before = "The foreign ministry of Ostmark said the embassy would reopen. "
	checkLast(t, "en", map[string]string{
		before + "The finance ministry said the cost was not yet known.":    "finance ministry",
		before + "The ministry said the staff would return in May.":         "foreign ministry of Ostmark",
		before + "The foreign ministry said the staff would return in May.": "foreign ministry of Ostmark",
	})
}
