package extract

import "testing"

// TestCondemnDE checks that "verurteilte" and "verurteilt" take a
// position, but not when a court sentences someone; and that "versicherte"
// and "errechneten" report.
func TestCondemnDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Vertreter von Transparency Watch verurteilten den Einsatz der Polizei.": "Transparency Watch",
		"Die Gewerkschaft Verdi verurteilte den Einsatz scharf.":                 "Gewerkschaft Verdi",
		"Das Landgericht Kassel verurteilte den Mann zu drei Jahren Haft.":       "",
		"Die Richterin verurteilte den Angeklagten wegen Betrugs.":               "",
		"Der Mann wurde am Montag vom Landgericht Kassel verurteilt.":            "",
		"Die Gewerkschaft Verdi verurteilt den Einsatz scharf.":                  "Gewerkschaft Verdi",
		"Das Landgericht Kassel verurteilt den Mann zu drei Jahren Haft.":        "",
		"Die Stadtwerke Kelheim versicherten, die Leitungen seien dicht.":        "Stadtwerke Kelheim",
		"Die Statistiker errechneten, dass die Kasse leer ist.":                  "Statistiker",
		"Eva Roth errechnete, dass die Kasse leer ist.":                          "Eva Roth",
	})
}
