package extract

import "strings"

// "Ähnlich äußerte sich auch der Bürgermeister", "Besorgt zeigte sich der
// Verband": an adverb of manner alone before the verb is no subject; the
// subject follows "sich".

// mannerAdverbsDE are adverbs that compare a statement with the one before
// (a closed class).
var mannerAdverbsDE = map[string]bool{"ähnlich": true, "ebenso": true, "genauso": true, "anders": true, "gleichlautend": true}

// mannerVorfeldDE reports whether the clause of the verb v opens with one
// word before it that is an adverb of manner (mannerAdverbsDE), an
// adjective of attitude (attitudesDE) or an adjective in "-isch".
func mannerVorfeldDE(toks []token, v int) bool {
	c := clauseStart(toks, v)
	if v != c+1 {
		return false
	}
	w := toks[c].low
	return mannerAdverbsDE[w] || attitudesDE[w] || len(w) > 6 && strings.HasSuffix(w, "isch")
}
