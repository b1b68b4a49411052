package extract

import "strings"

// An interview printed as turns names the asker before a colon too, often
// by the paper's name ("SZ: Herr Roth, sind wir …?", "ZEIT ONLINE: …",
// "taz: …"). Such a paragraph is the asker's question: its sentences are
// no answer, and a speaker carried over from the last answer ("Wir sehen
// …" before it) or from a quotation ("Sind wir mitten in …?") is not
// theirs. A speaker a sentence of the question names itself stays ("Die
// Länder wollen …").

// askerLabelDE reports whether the unit opens its paragraph with a label
// and a colon that names no person the text knows: at most three words
// in capitals or capitalised (or one in lower case, "taz"), none a
// function word ("Und: Wie viel …?" is the author's), then ":"; and
// whether that paragraph (para, its text) asks a question.
func (d *docState) askerLabelDE(toks []token, text, para string) bool {
	k := 0
	for k < len(toks) && k < 3 && !toks[k].is(tPunct) && toks[k].cat&(cNotName|cDet|cStopDE|cAux) == 0 && (toks[k].is(tCap) || k == 0 && len(toks[k].low) >= 2) {
		k++
	}
	if k == 0 || k >= len(toks) || toks[k].p != ':' || toks[k].s != toks[k-1].e || strings.IndexByte(para, '?') < 0 {
		return false
	}
	if d.turnSpeakerDE(toks, text) != "" {
		return false // "Keller: …", "KRAUSE: …": the one answering
	}
	label := text[toks[0].s:toks[k-1].e]
	if _, ok := d.byKey[label]; ok && !allCapsASCII(label) {
		return false // a person the text named ("ZEIT ONLINE" in capitals is a paper)
	}
	return true
}

// paragraphAt returns the paragraph of doc that holds doc[start]: from
// start to the next line break.
func paragraphAt(doc string, start int) string {
	if start < 0 || start > len(doc) {
		return ""
	}
	rest := doc[start:]
	if k := strings.IndexByte(rest, '\n'); k >= 0 {
		return rest[:k]
	}
	return rest
}
