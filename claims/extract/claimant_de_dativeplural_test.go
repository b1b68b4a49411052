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

// TestLautDativeDE checks a plural group in the dative after "laut" or
// before "zufolge": the claimant in the nominative.
func TestLautDativeDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Das Risiko ist laut Forschern 70-mal geringer.": "Forscher",
		"Forschern zufolge ist das Risiko gering.":       "Forscher",
		"Laut Wissenschaftlern ist das Risiko gering.":   "Wissenschaftler",
		"Das Risiko ist laut Bauern gering.":             "Bauern",
	})
}
