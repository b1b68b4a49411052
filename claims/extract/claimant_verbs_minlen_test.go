package extract

import "testing"

// TestMinExtraVerbDE checks the length guard of extraVerbAt: every German
// verb its four tests take (the cases of extraSpeechDE and fragtQuoteDE
// read from their source, the plurals of speechStemsDE, the forms of
// fusedFormsDE) is at least minExtraVerbDE bytes long, so a verb added to
// one of them shorter than that fails here instead of going unseen.
func TestMinExtraVerbDE(t *testing.T) {
	var verbs []string
	verbs = append(verbs, switchWords(t, "claimant_verbs.go", "extraSpeechDE", true)...)
	verbs = append(verbs, switchWords(t, "claimant_de_fragt.go", "fragtQuoteDE", true)...)
	for _, st := range speechStemsDE {
		if speechPluralDE(st + "n") { // the stems in -er and -el
			verbs = append(verbs, st+"n")
		}
	}
	for w := range fusedFormsDE {
		verbs = append(verbs, w)
	}
	for _, w := range verbs {
		if len(w) < minExtraVerbDE {
			t.Errorf("verb %q of extraVerbAt is shorter than minExtraVerbDE = %d", w, minExtraVerbDE)
		}
	}
	// The guard keeps every verb: the unit's verb is found with it.
	for text, verb := range map[string]string{
		"„Das reicht nicht“, fragt Jana Tessmer.":                 "fragt",
		"Die Kosten seien gestiegen, wie die Firma mitteilte.":    "mitteilte",
		"Der Ausbau komme zu spät, konterte die Ortsvorsteherin.": "konterte",
		"Die Anwohner bemängeln, der Weg sei zu schmal.":          "bemängeln",
	} {
		var z tokenizer
		toks := z.tokenize(text, lexDE)
		d := &docState{}
		got := d.extraAttrib(toks, text, true)
		if len(got) != 1 || text[toks[got[0]].s:toks[got[0]].e] != verb {
			t.Errorf("extraAttrib(%q) = %v, want the token %q", text, got, verb)
		}
	}
}
