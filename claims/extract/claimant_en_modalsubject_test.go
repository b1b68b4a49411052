package extract

import "testing"

// TestModalSubjectEN: a subject right before "could", "will" … is no
// claimant; a plain verb of saying keeps it.
func TestModalSubjectEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Harbor towns lose ferries. Some pier owners could claim the subsidy next year.":  "",
		"Harbor towns lose ferries. Most ferry pilots will speak to the board on Monday.": "",
		"Harbor towns lose ferries. Harbor officials said the plan was too costly.":       "Harbor officials",
	})
}
