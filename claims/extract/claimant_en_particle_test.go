package extract

import "testing"

// TestParticleSurnameEN checks surnames with a hyphenated particle: part
// of the full name, and alone as an inverted or preceding subject they
// name the person given in full.
func TestParticleSurnameEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"“The money is not spent,” said Karim al-Nadiri, head of research at the institute.":                        "Karim al-Nadiri",
		"Analyst Karim al-Nadiri studies the budget. In some cases, the money is simply not spent, said al-Nadiri.": "Karim al-Nadiri",
		"Analyst Karim al-Nadiri studies the budget. The money is not spent, al-Nadiri said.":                       "Karim al-Nadiri",
	})
	for w, want := range map[string]bool{"al-nadiri": true, "el-masri": true, "all-out": false, "al": false, "al-": false} {
		if got := hyphenParticleEN(w); got != want {
			t.Errorf("hyphenParticleEN(%q) = %v, want %v", w, got, want)
		}
	}
}
