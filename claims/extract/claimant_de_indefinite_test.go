package extract

import "testing"

// TestIndefinitePronounDE checks that an indefinite or negative pronoun
// and a temporal adverb opening the sentence are no claimant (the body
// after the verb is).
func TestIndefinitePronounDE(t *testing.T) {
	const before = "Der Rat hat über die neue Halle beraten. "
	checkLast(t, "de", map[string]string{
		before + "Niemand verlangt, dass der Bau sofort beginnt.":         "",
		before + "Keiner fordert, dass die Halle kleiner wird.":           "",
		before + "Jemand behauptete, die Pläne seien längst fertig.":      "",
		before + "Unterdessen meldete das Bauamt neue Kosten.":            "Bauamt",
		before + "Mittlerweile warnte das Bauamt vor höheren Kosten.":     "Bauamt",
		before + "Der Kämmerer Jan Pohl sagte, die Kosten seien zu hoch.": "Jan Pohl",
	})
	var d docState
	for w, want := range map[string]string{"Unterdessen": "", "Derweil": "", "Niemand": "", "Keiner": "", "Bauamt": "Bauamt"} {
		if got := d.adverbClaimantDE(w); got != want {
			t.Errorf("adverbClaimantDE(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestNegativeLeadDE checks that a noun phrase with "kein" names nobody.
func TestNegativeLeadDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Kein Problem, fand das Verwaltungsgericht Minden im Dezember.": "",
	})
	for who, want := range map[string]bool{"Kein Problem": true, "Keine Einigung": true, "Keiner": false, "Kern Eva": false} {
		if got := negativeLeadDE(who); got != want {
			t.Errorf("negativeLeadDE(%q) = %v, want %v", who, got, want)
		}
	}
}
