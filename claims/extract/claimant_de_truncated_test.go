package extract

import "testing"

// TestTruncatedCompoundDE checks that compounds joined with a hyphen
// (Ergänzungsstrich) name one body, also after an adjective the reader put
// in the nominative, while two bodies joined by "und" stay two claimants,
// also when the first is cut and each has its article ("das Verkehrs- und
// das Bauministerium").
func TestTruncatedCompoundDE(t *testing.T) {
	const before = "Die Klinik in Ostwalde schließt. "
	checkLast(t, "de", map[string]string{
		before + "Der Verband der Haut- und Augenärzte forderte mehr Geld.":                 "Verband der Haut- und Augenärzte",
		before + "Die Handwerks- und Gewerbekammer forderte mehr Geld.":                     "Handwerks- und Gewerbekammer",
		before + "Der Bund der Hals-, Zahn- und Kieferärzte warnte vor Engpässen.":          "Bund der Hals-, Zahn- und Kieferärzte",
		before + "ÖDP und BVP forderten mehr Geld.":                                         "ÖDP; BVP",
		before + "Der Deutsche Fliesen- und Plattenverband forderte mehr Geld.":             "Deutscher Fliesen- und Plattenverband",
		before + "Das Verkehrs- und das Bauministerium teilten mit, die Brücke sei sicher.": "Verkehrsministerium; Bauministerium",
	})
	if got := listStartDE("der Hals-, Zahn- und", 11); got != 4 {
		t.Errorf("listStartDE = %d, want 4", got)
	}
}
