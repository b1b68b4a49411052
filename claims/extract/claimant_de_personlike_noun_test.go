package extract

import "testing"

// TestPersonLikeNounDE checks that a name of unknown gender whose last
// word ends like an abstract or plural German noun is no person for a
// pronoun, and that surnames of other endings still are.
func TestPersonLikeNounDE(t *testing.T) {
	d := &docState{}
	for name, want := range map[string]bool{
		"Nordlands Strategie":  false,
		"Holzbau Gewerkschaft": false,
		"Neue Lehrerinnen":     false,
		"Neue Regelungen":      false,
		"Nordlands Sicherheit": false,
		"Nordlands Medien":     false,
		"Kim Brandt":           true,
		"Ole Hartwig":          true,
	} {
		if got := d.personLikeDE(name); got != want {
			t.Errorf("personLikeDE(%q) = %v, want %v", name, got, want)
		}
	}
}
