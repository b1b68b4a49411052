package extract

import "testing"

// TestHyphenParticleDE checks a German claimant whose surname opens with a
// hyphenated particle ("al-", "el-"): the surname is part of the name.
func TestHyphenParticleDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Dies bestätigte der Ölminister Karim al-Nadiri in Wien.":    "Karim al-Nadiri",
		"Der Preis sei zu hoch, sagte Karim al-Nadiri.":              "Karim al-Nadiri",
		"Der Sprecher Chalid el-Sayed sagte, der Preis sei zu hoch.": "Chalid el-Sayed",
		"Laut Karim al-Nadiri ist der Preis zu hoch.":                "Karim al-Nadiri",
	})
}
