package extract

import "testing"

// TestCondemnDE checks that "verurteilte" takes a position, but not when
// a court sentences someone.
func TestCondemnDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Vertreter von Transparency Watch verurteilten den Einsatz der Polizei.": "Transparency Watch",
		"Die Gewerkschaft Verdi verurteilte den Einsatz scharf.":                 "Gewerkschaft Verdi",
		"Das Landgericht Kassel verurteilte den Mann zu drei Jahren Haft.":       "",
		"Die Richterin verurteilte den Angeklagten wegen Betrugs.":               "",
		"Der Mann wurde am Montag vom Landgericht Kassel verurteilt.":            "",
	})
}
