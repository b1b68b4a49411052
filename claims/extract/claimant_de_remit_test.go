package extract

import "testing"

// TestRemitOfficeDE checks that a German role with its remit after "für"
// (joined by "und", with lower-case adjectives) before a name gives the
// name, and that two bodies joined by "und" before a verb in the singular
// are one body, not two claimants.
func TestRemitOfficeDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Am Montag sagte der Minister für Verkehr und Infrastruktur Jan Roth, die Maut komme 2028.":     "Jan Roth",
		"Der Minister für Verkehr Jan Roth sagte, die Maut komme 2028.":                                 "Jan Roth",
		"Die Klinik wurde geschlossen, wie das Landesinstitut für Gesundheit und die Umwelt mitteilte.": "Landesinstitut für Gesundheit",
	})
}
