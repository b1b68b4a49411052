package extract

import "testing"

// TestFirmNounDE checks that a general noun for a firm after a definite
// article names the firm the text named last, by its legal form, as a
// town's works or after another noun for a firm; a firm named by none of
// these keeps the bare noun.
func TestFirmNounDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Der Möbelhersteller Tannwald AG schließt zwei Filialen. Das Unternehmen teilte mit, die Mieten seien zu hoch.": "Tannwald AG",
		"Die Tannwald GmbH baut eine Halle. Der Konzern erklärte, man brauche mehr Platz.":                              "Tannwald GmbH",
		"Die Stadtwerke Obernau erhöhen die Preise. Das Unternehmen teilte mit, die Kosten seien gestiegen.":            "Stadtwerke Obernau",
		"Das Unternehmen Tannwald baut eine Halle. Der Konzern erklärte, man brauche mehr Platz.":                       "Tannwald",
		"In Obernau schließen zwei Filialen. Das Unternehmen teilte mit, die Mieten seien zu hoch.":                     "Unternehmen",
	})
}

// TestLegalFormFilterDE checks that the pre-check of legalFormDE lets every legal
// form through and that other words are no legal form.
func TestLegalFormFilterDE(t *testing.T) {
	for w := range legalFormsDE {
		if !legalFormDE(w) {
			t.Errorf("legalFormDE(%q) = false, want true", w)
		}
	}
	for _, w := range []string{"", "A", "ag", "die", "AGB", "Gmbh", "Werk", "GmbHs", "ÖAG"} {
		if legalFormDE(w) {
			t.Errorf("legalFormDE(%q) = true, want false", w)
		}
	}
}

// TestWorksDE checks worksDE on made-up words, also with its checks in
// their new order (length first).
func TestWorksDE(t *testing.T) {
	for w, want := range map[string]bool{"Stadtwerke": true, "Verkehrsbetriebe": true, "Hafenwerke": true,
		"Betriebe": false, "Werke": false, "stadtwerke": false, "Stadtwerk": false, "Ölbetriebe": true} {
		if got := worksDE(w); got != want {
			t.Errorf("worksDE(%q) = %v, want %v", w, got, want)
		}
	}
}
