package extract

import "testing"

// TestCouncilEndDE checks that the pre-check councilEndDE lets through
// every word councilHeadDE takes (invented compounds of each head, in
// several cases of letters), and turns away common words.
func TestCouncilEndDE(t *testing.T) {
	for _, w := range []string{"Ethikrat", "Haushaltsausschuss", "Jugendbeirat", "Umweltkomitee", "Grenzkommission", "ETHIKRAT", "Stadtrat", "Kreisausschuss"} {
		if _, ok := councilHeadDE(w); !ok {
			t.Errorf("councilHeadDE(%q): no council, want one", w)
		}
		if !councilEndDE(w) {
			t.Errorf("councilEndDE(%q) = false for a council", w)
		}
	}
	for _, w := range []string{"Regierung", "Landrat", "Rat", "Bauern", "Apparat", "Mittwoch"} {
		if _, ok := councilHeadDE(w); ok {
			t.Errorf("councilHeadDE(%q): a council, want none", w)
		}
	}
	for _, w := range []string{"Regierung", "Bauern", "Mittwoch"} {
		if councilEndDE(w) {
			t.Errorf("councilEndDE(%q) = true, want false", w)
		}
	}
}
