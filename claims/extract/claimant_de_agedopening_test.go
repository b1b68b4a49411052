package extract

import "testing"

// TestAgedOpeningDE checks that "Der 31-Jährige" opening the unit before
// the verb is its subject, so a noun phrase after the verb ("die Vorwürfe
// zu Beginn der Anhörung") is no speaker: the person just named speaks.
func TestAgedOpeningDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Lars Quandt fährt seit Jahren für den Verein. Der 31-Jährige räumte die Vorwürfe zu Beginn der Anhörung ein.": "Lars Quandt",
		"Greta Ulm leitet die Schule. Die 47-Jährige wies die Kritik vor Beginn der Sitzung zurück.":                   "Greta Ulm",
	})
}
