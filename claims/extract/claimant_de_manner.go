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

// invertedSpeakerDE returns the subject right after the verb of saying v
// when it is a person the text knows, a body, a group or an office
// ("Gegenüber dieser Zeitung sagte die Ministerin, …"); "" otherwise.
func (d *docState) invertedSpeakerDE(u *claimUnit, v int) string {
	if inv := d.invertedSubjectDE(u.toks, u.text, v, u.lex); inv != "" && (d.known(inv) || speakerByFormDE(inv, u.lex)) {
		return inv
	}
	toks := u.toks
	if n := v + 2; n < len(toks) && toks[v+1].cat&cDet != 0 && capWord(&toks[n]) && (n+1 == len(toks) || !capWord(&toks[n+1])) {
		if w := u.text[toks[n].s:toks[n].e]; speakerByFormDE(w, u.lex) {
			return w // "sagte die Ministerin": the office itself when the last speaker is no person of it
		}
	}
	return ""
}
