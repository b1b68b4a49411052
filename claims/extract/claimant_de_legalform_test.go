package extract

import "testing"

// TestLegalFormDE checks that an association's legal form "e.V." does not
// end its name before the verb, and that a party in brackets does not hide
// a "wie"-clause's speaker.
func TestLegalFormDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Der Bundesverband der Kleingärtner e.V. (BDK) begrüßte in einer Stellungnahme die Entscheidung.":    "Bundesverband der Kleingärtner",
		"Der Verband der Imker e. V. kritisierte in einem Brief die Pläne.":                                  "Verband der Imker",
		"Diesem Vorwurf ging das Ordnungsamt nach, wie Bürgermeister Olaf Rink (SPD) der Zeitung mitteilte.": "Olaf Rink",
	})
}
