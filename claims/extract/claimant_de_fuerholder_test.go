package extract

import "testing"

// TestFuerHolderDE checks that "Für ihn ist … ein …" gives the man the
// units before name, and "Für X jedenfalls gibt es …", "Für X, <apposition>,
// haben …" the person X; that "Für ihn ist … nicht neu" (no judgement)
// and a group that is no person the text knows give nobody.
func TestFuerHolderDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Der Intendant Jonas Wendler plant die nächste Spielzeit. Für ihn ist das Publikum ein wichtiger Teil jedes Abends.":           "Jonas Wendler",
		"Der Intendant Jonas Wendler plant die nächste Spielzeit. Für ihn ist die Aufgabe nicht neu.":                                  "",
		"Die Historikerin Mara Selk forscht seit 2010 zu Seuchen. Für Mara Selk jedenfalls gibt es in den Quellen klare Belege dafür.": "Mara Selk",
		"Die Ärztin Lea Sommer leitet das Heim. Für Lea Sommer, Leiterin des Heims in Talheim, haben die Ausbrüche zwei Ursachen.":     "Lea Sommer",
		"Für Kinder jedenfalls gibt es im Winter weniger Angebote.":                                                                    "",
	})
}
