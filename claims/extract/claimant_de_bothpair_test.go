package extract

import "testing"

// TestBothPairDE checks "die beiden …" after two people named together
// (invented sentences): the claimant is the two by name; the noun without
// "beiden" stays.
func TestBothPairDE(t *testing.T) {
	const opening = "Die Forscherinnen Hanna Kolbe und Ann Lee leiten die Studie in Harbor City. Die Stadt zahlt dafür. "
	checkLast(t, "de", map[string]string{
		opening + "Die beiden Forscherinnen betonen, dass man das Auto nicht kurzfristig ersetzen könne.":        "Hanna Kolbe; Ann Lee",
		opening + "Unklar bleibe daher, schreiben die beiden Forscherinnen in ihrem Bericht, wie es weitergehe.": "Hanna Kolbe; Ann Lee",
		opening + "Die Forscherinnen betonen, dass man das Auto nicht kurzfristig ersetzen könne.":               "Forscherinnen",
	})
}
