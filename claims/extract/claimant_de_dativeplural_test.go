package extract

import "testing"

// TestDativePluralDE checks that a plural after "nach Angaben von" is
// cited in the nominative, and that names and plurals in "-ern" stay.
func TestDativePluralDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Nach Angaben von Naturschützern wurden 300 Nester gezählt.":    "Naturschützer",
		"Nach Angaben von Anwohnern brannte die Halle die ganze Nacht.": "Anwohner",
		"Nach Angaben von Eltern fiel der Unterricht aus.":              "Eltern",
	})
}
