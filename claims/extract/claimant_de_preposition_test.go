package extract

import "testing"

// TestPrepositionCutDE checks that a German claimant loses a leading
// preposition: the person or the source body after it stays, an adverbial
// names nobody; and that a preposition opening a sentence is no first name
// of a person the text registers.
func TestPrepositionCutDE(t *testing.T) {
	d := &docState{}
	d.register("Eva Roth", 'f')
	for in, want := range map[string]string{
		"Gegen Eva Roth":             "Eva Roth",
		"Aus der Stadtverwaltung":    "Stadtverwaltung",
		"Von der Opposition":         "Opposition",
		"Vom Balkon":                 "",
		"In der Mitteilung":          "",
		"Eva Roth":                   "Eva Roth",
		"Unter den Linden; Eva Roth": "Unter den Linden; Eva Roth",
	} {
		if got := d.prepositionCutDE(in); got != want {
			t.Errorf("prepositionCutDE(%q) = %q, want %q", in, got, want)
		}
	}
	checkLast(t, "de", map[string]string{
		"Gegen Eva Brenneis wird ermittelt. Die Vorwürfe seien falsch, erklärte Brenneis.": "Eva Brenneis",
	})
}
