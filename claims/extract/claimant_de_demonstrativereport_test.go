package extract

import "testing"

// TestDemonstrativeReportDE checks that a separable verb of reporting
// after an opening demonstrative takes the subject after it, and that
// "man" there names no one.
func TestDemonstrativeReportDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Bibliothek in Obernau schließt im Mai. Das gab die Stadtverwaltung Obernau am Freitag bekannt.": "Stadtverwaltung Obernau",
		"Die Bibliothek in Obernau schließt im Mai. Dies gab der Verein Lesefreunde Obernau bekannt.":        "Lesefreunde Obernau",
		"Die Bibliothek in Obernau schließt im Mai. Das gab die Geschäftsführung am Freitag bekannt.":        "Geschäftsführung",
		"Die Bibliothek in Obernau schließt im Mai. Das gab man am Freitag bekannt.":                         "",
	})
}
