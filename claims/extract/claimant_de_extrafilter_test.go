package extract

import (
	"slices"
	"testing"
)

// TestExtraVerbFilterDE checks that extraVerbWordsDE are the words that
// extraSpeechDE, fragtQuoteDE and accusedPluralDE compare with, read from
// their source, and that extraVerbFilterDE passes every word that
// extraVerbAt's German tests take: those, the plurals speechPluralDE
// takes and the forms of fusedFormsDE.
func TestExtraVerbFilterDE(t *testing.T) {
	var src []string
	src = append(src, switchWords(t, "claimant_verbs.go", "extraSpeechDE", true)...)
	src = append(src, switchWords(t, "claimant_de_fragt.go", "fragtQuoteDE", true)...)
	src = append(src, switchWords(t, "claimant_de_accuse.go", "accusedPluralDE", false)...)
	slices.Sort(src)
	list := slices.Sorted(slices.Values(extraVerbWordsDE))
	if !slices.Equal(src, list) {
		t.Errorf("extraVerbWordsDE = %q, the source compares with %q", list, src)
	}
	words := append([]string{}, src...)
	for _, st := range speechStemsDE {
		if speechPluralDE(st + "n") {
			words = append(words, st+"n")
		}
	}
	for w := range fusedFormsDE {
		words = append(words, w)
	}
	for _, w := range words {
		if !extraVerbFilterDE.mayHold(w) {
			t.Errorf("extraVerbFilterDE does not pass %q", w)
		}
	}
}
