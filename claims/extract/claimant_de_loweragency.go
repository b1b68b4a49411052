package extract

// Some news agencies write their short names in lower case ("die
// Nachrichtenagentur dpa", "laut epd"). The capitalised run stops before
// such a name, so the kind of body before it ("Nachrichtenagentur") or a
// noun later in the sentence was taken for the source. A word of three or
// four lower-case letters that the lexicon does not know, right after a
// noun of a kind of body (bodyKindDE) or after "laut", is the name, unless
// it is an adverb of degree (degreeAdverbsDE: "nach Angaben der Agentur
// rund 1,6 Milliarden Euro").

// degreeAdverbsDE are German adverbs of degree and approximation of three
// or four letters, which stand before a figure or an adjective, never for
// a source.
var degreeAdverbsDE = map[string]bool{
	"rund": true, "etwa": true, "fast": true, "kaum": true, "gut": true, "nur": true, "noch": true, "erst": true,
	"weit": true, "ganz": true, "sehr": true, "gar": true, "viel": true, "eher": true,
}

// lowerNameDE reports whether token t is such a lower-case short name:
// three or four ASCII letters, all in lower case, unknown to the lexicon
// and no adverb of degree, and after "laut" not ending as a declined
// adjective does ("laut neuem …" has no such word, but the test keeps
// "-e", "-en", "-em", "-er", "-es" out).
func lowerNameDE(t *token, text string, afterLaut bool) bool {
	w := text[t.s:t.e]
	if len(w) < 3 || len(w) > 4 || t.cat != 0 || t.is(tCap|tPunct|tNum) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	if degreeAdverbsDE[w] {
		return false
	}
	if afterLaut {
		switch w[len(w)-1] {
		case 'e', 'n', 'm', 'r', 's':
			return false
		}
	}
	return true
}

// lowerAgencyDE returns the lower-case short name of a source after a noun
// of a kind of body that was taken for the speaker ("laut der
// Nachrichtenagentur dpa" → "dpa"), or after a "laut" that opens the unit
// or when no speaker was found ("Laut dpa wollen …"); else who.
func (d *docState) lowerAgencyDE(toks []token, text, who string) string {
	if who == "" && d.lacks(toks, wsLaut) {
		return who // no speaker, and no "laut" (wsLaut) for the loop to find
	}
	for k := 0; k+1 < len(toks); k++ {
		if toks[k].e-toks[k].s != len(who) && toks[k].low != "laut" {
			continue // neither "laut" nor the speaker's word: the test below fails (asked first, as it is cheaper)
		}
		if !lowerNameDE(&toks[k+1], text, toks[k].low == "laut") {
			continue
		}
		if toks[k].low == "laut" && (k == 0 || who == "") || text[toks[k].s:toks[k].e] == who && bodyKindDE(who) {
			return text[toks[k+1].s:toks[k+1].e]
		}
	}
	return who
}
