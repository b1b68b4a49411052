package extract

import "testing"

// TestSprechenVonDE checks "spricht/sprechen/sprachen von …" as a verb of
// saying (invented sentences): its subject is the claimant with "von" or
// "davon" after it, not with "für" or "über" ("Vieles spricht dafür").
func TestSprechenVonDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Hanna Kolbe leitet das Amt in Harbor City. Kolbe spricht von einem schweren Fehler der Stadt.": "Hanna Kolbe",
		"Die Ärztin Hanna Kolbe spricht davon, dass die Lage in Harbor City ernst bleibe.":              "Hanna Kolbe",
		"Die Anwohner sprachen am Abend von mehr als hundert Fahrzeugen auf der Straße.":                "Anwohner",
		"Hanna Kolbe leitet das Amt in Harbor City. Vieles spricht dafür, dass die Stadt wachsen wird.": "",
	})
}
