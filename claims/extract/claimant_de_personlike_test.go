package extract

import "testing"

// TestPersonLikeDE checks that a German pronoun does not refer to a noun
// phrase the register of people took for a name ("Begleitende Tests"),
// and the form test itself.
func TestPersonLikeDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Ministerin Eva Roth besucht das Heim. Begleitende Tests würden helfen. „Wir testen jeden Tag alle Gäste“, sagt sie.": "Eva Roth",
	})
	d := &docState{}
	d.register("Eva Roth", 'f')
	for name, want := range map[string]bool{
		"Eva Roth":          true,
		"Polizei":           true,
		"Begleitende Tests": false,
		"Diesem Verdacht":   false,
		"Viele Zuschauer":   false,
		"Seine Frau":        false,
		"Roths Arbeit":      false,
		"Erklärung Roths":   false,
		"Deren Haltung":     false,
	} {
		if got := d.personLikeDE(name); got != want {
			t.Errorf("personLikeDE(%q) = %v, want %v", name, got, want)
		}
	}
}
