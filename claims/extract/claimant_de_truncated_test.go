package extract

import "testing"

// TestTruncatedCompoundDE checks that compounds joined with a hyphen
// (Ergänzungsstrich) name one body, while two bodies joined by "und" stay
// two claimants.
func TestTruncatedCompoundDE(t *testing.T) {
	const before = "Die Klinik in Ostwalde schließt. "
	checkLast(t, "de", map[string]string{
		before + "Der Verband der Haut- und Augenärzte forderte mehr Geld.":        "Verband der Haut- und Augenärzte",
		before + "Die Handwerks- und Gewerbekammer forderte mehr Geld.":            "Handwerks- und Gewerbekammer",
		before + "Der Bund der Hals-, Zahn- und Kieferärzte warnte vor Engpässen.": "Bund der Hals-, Zahn- und Kieferärzte",
		before + "ÖDP und BVP forderten mehr Geld.":                                "ÖDP; BVP",
	})
	if got := listStartDE("der Hals-, Zahn- und", 11); got != 4 {
		t.Errorf("listStartDE = %d, want 4", got)
	}
}
