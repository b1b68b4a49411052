package extract

import "testing"

// TestNominativePluralDE checks that a plural body named after an article
// is given in the nominative, and that a singular noun,
// a name (also a first name in -sten) and a noun without an adjective stay.
func TestNominativePluralDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die norwegischen Behörden teilten mit, der Pass sei gesperrt.":                "norwegische Behörden",
		"Die Vereinigten Bergregionen erklärten, der Hafen sei offen.":                 "Vereinigte Bergregionen",
		"Die Vereinigten Bergregionen und die Schweiz erklärten, der Hafen sei offen.": "Vereinigte Bergregionen; Schweiz",
	})
	for in, want := range map[string]string{
		"staatlichen Stellen": "staatliche Stellen",
		"Arno Olsen":          "Arno Olsen",
		"Karsten Olsen":       "Karsten Olsen",
		"Marten Olsen":        "Marten Olsen",
		"neuen Zahlen":        "neuen Zahlen",
		"Behörden":            "Behörden",
		"zuständigen Amt":     "zuständigen Amt",
	} {
		if got := nominativePluralDE(in); got != want {
			t.Errorf("nominativePluralDE(%q) = %q, want %q", in, got, want)
		}
	}
}
