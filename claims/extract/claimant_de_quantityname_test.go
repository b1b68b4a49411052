package extract

import "testing"

// TestQuantityNameDE checks that the unit of a quantity before a verb of
// position ("auf 90 Millionen Euro beziffert") is no speaker, and that a
// body that opens the sentence is the claimant of "hatte … auf …
// beziffert" as of "bezifferte … auf".
func TestQuantityNameDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Der Landesrechnungshof hatte den Schaden auf 90 Millionen Euro beziffert.": "Landesrechnungshof",
		"Der Landesrechnungshof bezifferte den Schaden auf 90 Millionen Euro.":      "Landesrechnungshof",
		"Der Schaden wurde auf 90 Millionen Euro beziffert.":                        "",
		"Die Gemeinde hat die Kosten auf 4 Millionen Euro geschätzt.":               "",
	})
}
