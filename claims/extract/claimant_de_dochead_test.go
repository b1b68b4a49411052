package extract

import (
	"strings"
	"testing"
)

// TestDocHeadDE checks docHeadDE, which looks a word's forms up in one map
// (documentFormsDE), against its plain definition: the last part of the
// lower-case word after a hyphen, cut of "", "s" or "es" in that order, the
// first cut that is one of documentNounsDE. The words are the nouns, their
// forms and cuts, compounds and invented nouns, capitalised or not.
func TestDocHeadDE(t *testing.T) {
	plain := func(tk *token) string {
		if !capWord(tk) {
			return ""
		}
		w := tk.low
		if i := strings.LastIndexByte(w, '-'); i >= 0 {
			w = w[i+1:]
		}
		for _, s := range docFormEndsDE {
			if b, ok := strings.CutSuffix(w, s); ok && documentNounsDE[b] {
				return b
			}
		}
		return ""
	}
	words := []string{"Es", "S", "Ses", "Ab-", "Wasserstand", "Fährbetriebes", "Hafenmeisterei", "Ruderregatta", "Uferwegs"}
	for n := range documentNounsDE {
		w := strings.ToUpper(n[:1]) + n[1:]
		words = append(words, w, w+"s", w+"es", w+"e", w+"ss", w+"ses", "Jahres"+n, "UN-"+w, "UN-"+w+"es", "Ab-"+n+"s", w[:len(w)-1], w[:len(w)-1]+"s", n, n+"es")
	}
	var z tokenizer
	for _, w := range words {
		toks := z.tokenize("Der "+w+" liegt vor.", lexDE)
		for k := range toks {
			if got, want := docHeadDE(&toks[k]), plain(&toks[k]); got != want {
				t.Errorf("docHeadDE(%q) = %q, want %q", toks[k].low, got, want)
			}
		}
	}
}
