package extract

import "testing"

// TestReportedFirstDE checks that Konjunktiv I with no speaker in the last
// units reports the person of known gender whom the previous unit named,
// and that Konjunktiv II ("wäre") or a name of unknown gender carries
// nobody.
func TestReportedFirstDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Ministerin Eva Roth arbeitet in Lindau. Vor der Pandemie habe ihr Tag früh begonnen.": "Eva Roth",
		"Die Ministerin Eva Roth arbeitet in Lindau. Ohne Regen wäre der Tag in Lindau schön.":     "",
		"Der Verein Rote Welle feiert in Lindau. Vor der Pandemie habe der Tag früh begonnen.":     "",
	})
}
