package extract

// "Das Statistische Amt der Republik Talland meldet …", "Auch das
// Umweltministerium der Republik Talland warnte …": a body named by its
// head noun and the state or place it belongs to in the feminine or plural
// genitive ("der"). The capitalised words after "der" look like a name of
// two words before the verb, but they are the genitive attribute
// (genitiveBodyDE reads the same form after "des"). A body whose name
// holds a capitalised adjective ("Statistisches Amt") is named in full
// without its owner; a head noun alone ("Umweltministerium") keeps the
// genitive that says whose.

// leadAdverbsDE are adverbs that may stand before the subject's article at
// the start of a German sentence (closed class of focus and time adverbs).
var leadAdverbsDE = map[string]bool{"auch": true, "selbst": true, "sogar": true, "nun": true, "jetzt": true, "inzwischen": true, "zudem": true}

// genitiveDerBodyDE returns the subject when the name toks[k:e] of two
// words or more before the verb follows "der" right after a body's head
// noun (bodyNounDE) that the unit opens with its article, perhaps after an
// adverb (leadAdverbsDE), with capitalised adjectives between article and
// noun: "Statistisches Amt" (nominativeDE) or "Umweltministerium der
// Republik Talland"; "" otherwise.
func genitiveDerBodyDE(toks []token, text string, k, e int) string {
	if k < 3 || e-k < 2 || toks[k-1].low != "der" { // one word after "der" is no name to mistake: the vorfeld rules read the phrase
		return ""
	}
	n := k - 2
	if !capWord(&toks[n]) || !bodyNounDE(text[toks[n].s:toks[n].e]) {
		return ""
	}
	a := 0
	if leadAdverbsDE[toks[0].low] {
		a = 1
	}
	if a >= n || toks[a].cat&cDet == 0 || !definiteArticleDE(toks[a].low) {
		return ""
	}
	for j := a + 1; j < n; j++ {
		if !capWord(&toks[j]) || !adjectiveDE(text[toks[j].s:toks[j].e]) {
			return "" // only capitalised adjectives of the body's name between article and noun
		}
	}
	if n > a+1 {
		return nominativeDE(toks[a].low, text[toks[a+1].s:toks[n].e]) // "Statistisches Amt"
	}
	return text[toks[n].s:toks[e-1].e] // "Umweltministerium der Republik Talland"
}
