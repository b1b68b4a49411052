package extract

import "testing"

// TestPositionBodyDE checks a body that takes a position by a verb the
// lexicon does not count as saying.
func TestPositionBodyDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Jury würdigte den Roman als mutiges Debüt.":                            "Jury",
		"Das Schiedsgericht sah es als erwiesen an, dass der Verein gezahlt hatte.": "Schiedsgericht",
		"Die Kasse bezifferte die Mehrkosten auf vier Millionen Euro.":              "Kasse",
		"Die Verteidigung hatte auf Freispruch plädiert.":                           "Verteidigung",
		"Der Vertrag sei nichtig, befand das Schiedsgericht.":                       "Schiedsgericht",
		"Das Archiv befand sich im Keller des Rathauses.":                           "",
		"Den Schaden bezifferte die Kasse auf vier Millionen Euro.":                 "",
		"Demgegenüber plädiert das Gutachten für eine Reform.":                      "",
	})
}
