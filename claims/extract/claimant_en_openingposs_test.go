package extract

import "testing"

// TestOpeningPossessiveEN checks that a unit opening with "His <noun>"
// keeps the person "his" refers to for the next "His lawyer said", not
// the man quoted before.
func TestOpeningPossessiveEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		`"We will not talk," Tom Reyes said. The soldier, Sgt. Pavel Ilin, was from Dorsk. His family said he had been due to leave the army. His lawyer said the family would go to court.`: "Ilin's lawyer",
		`"We will not talk," Tom Reyes said. The soldier, Sgt. Pavel Ilin, was from Dorsk. His family said he had been due to leave the army.`:                                               "Ilin's family",
	})
}
