package extract

import "testing"

// TestReportVerbsMoreDE checks the separable and multi-word verbs of
// saying and of taking a position read by reportsDE beyond the first ones:
// "wandte … ein", "machte … klar", "legte … nahe", "ließ … verlauten",
// "übte … Kritik", "nahm … Stellung", "zog … Bilanz"; and that the same
// verbs in another sense ("wandte sich an", "ließ … liegen") name nobody.
func TestReportVerbsMoreDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Ruben Hesse wandte ein, die Stadt habe kein Geld.":                      "Ruben Hesse",
		"Marta Kolbe machte am Montag klar, dass der Steg bleibt.":               "Marta Kolbe",
		"Ruben Hesse legte den Fischern einen Verzicht nahe.":                    "Ruben Hesse",
		"Marta Kolbe ließ über ihr Büro verlauten, der Steg bleibe.":             "Marta Kolbe",
		"Ruben Hesse übte scharfe Kritik an dem Entwurf.":                        "Ruben Hesse",
		"Marta Kolbe nahm am Abend zu den Vorwürfen Stellung.":                   "Marta Kolbe",
		"Ruben Hesse zog nach dem Treffen eine gemischte Bilanz.":                "Ruben Hesse",
		"Marta Kolbe ließ den Schlüssel auf dem Tisch liegen.":                   "",
		"Ruben Hesse machte nach dem Treffen einen Spaziergang am Steg entlang.": "",
	})
}
