package extract

import "testing"

// TestClaimNounClauseDE checks that a Konjunktiv clause after "Die
// Behauptung," does not carry the speaker before, and that a reported
// sentence of its own still does.
func TestClaimNounClauseDE(t *testing.T) {
	const before = "Stadträtin Vera Laub sagte, die Brücke sei marode. "
	checkLast(t, "de", map[string]string{
		before + "Die Behauptung, die Brücke sei seit Jahren gesperrt, ist aber falsch.": "",
		before + "Auch der Vorwurf, das Amt habe geschwiegen, trifft nicht zu.":          "",
		before + "Die Sanierung habe man zu lange verschoben.":                           "Vera Laub",
	})
}
