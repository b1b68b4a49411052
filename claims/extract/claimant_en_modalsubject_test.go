package extract

import "testing"

// TestModalSubjectEN: a subject right before "could", "will" … is no
// claimant; "would" and a plain verb of saying keep it.
func TestModalSubjectEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Harbor towns lose ferries. Some harbor officials could argue that the plan is too costly.": "",
		"Harbor towns lose ferries. Few harbor officials will speak openly about the plan.":         "",
		"Harbor towns lose ferries. Harbor officials said the plan was too costly.":                 "Harbor officials",
	})
}
