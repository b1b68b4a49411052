package extract

import (
	"strings"
	"testing"
)

// TestFirmPrechecksDE compares worksDE and legalFormDE, which test the last
// byte or a word filter first, with the tests without them, on invented
// words in every case form and with endings that fold otherwise.
func TestFirmPrechecksDE(t *testing.T) {
	slowWorks := func(w string) bool {
		return len(w) > len("betriebe") && (hasSuffixFold(w, "werke") || hasSuffixFold(w, "betriebe")) && upperFirst(w)
	}
	slowLegal := func(w string) bool {
		return len(w) >= 2 && len(w) <= 4 && w[0] >= 'A' && w[0] <= 'Z' && legalFormsDE[w]
	}
	stems := []string{"Stadtwerk", "Talwerk", "Verkehrsbetrieb", "Hafenbetrieb", "Werk", "Betrieb", "Ölwerk", "Nordwerk", "Stadtwerkä", "Stadtwerké"}
	var words []string
	for _, s := range stems {
		for _, end := range []string{"e", "E", "é", "É", "", "en", "es", "\xff", "ſ"} {
			w := s + end
			words = append(words, w, strings.ToUpper(w), strings.ToLower(w))
		}
	}
	for f := range legalFormsDE {
		words = append(words, f, strings.ToLower(f), strings.ToUpper(f), f+"X", "X"+f)
	}
	words = append(words, "", "A", "Ag", "AGs", "GMBH", "Gmbh", "KGAA", "OHg", "SEE")
	for _, w := range words {
		if got, want := worksDE(w), slowWorks(w); got != want {
			t.Errorf("worksDE(%q) = %v, want %v", w, got, want)
		}
		if got, want := legalFormDE(w), slowLegal(w); got != want {
			t.Errorf("legalFormDE(%q) = %v, want %v", w, got, want)
		}
	}
	if !worksDE("Stadtwerke") || !worksDE("Verkehrsbetriebe") || !legalFormDE("GmbH") {
		t.Error("a works or a legal form left out")
	}
}
