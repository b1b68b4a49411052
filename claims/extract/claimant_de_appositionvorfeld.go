package extract

import "strings"

// A German subject is often followed by an apposition or a relative
// clause set off by commas before the finite verb ("Hella Brandt, seit
// zehn Jahren im Haus, begründete …", "Arne Lind, der den Wald kennt,
// beschreibt …", "Mia Sörensen, die das Team führt, hatte … gesagt").
// The verb rules then look after the verb for the subject and find an
// object or nothing. When the unit opens with a person the text knows by a
// full name, a comma right after the name and a comma right before the
// finite verb (the verb of saying or its auxiliary), that person speaks.

// appositionVorfeldDE returns the person named at the start of the unit
// (perhaps after an article and a role noun, "Der Förster Arne Lind"),
// when the text already knows the name, a comma follows it and the clause
// between it and the verb of saying v closes with a comma right before v
// or before an auxiliary of the perfect that v ends; "" otherwise. It only
// looks names up, so it registers nothing.
func (d *docState) appositionVorfeldDE(toks []token, text string, v int) string {
	c := 0 // the first comma
	for c < v && c < 7 && toks[c].p != ',' {
		if !capWord(&toks[c]) && !(c == 0 && toks[c].cat&cDet != 0) {
			return "" // only an article and capitalised words before the comma
		}
		c++
	}
	if c >= v || c < 2 || toks[c].p != ',' {
		return ""
	}
	w := ""
	for st := 0; st+1 < c; st++ { // the longest known name of two words or more that ends at the comma
		if n := text[toks[st].s:toks[c-1].e]; toks[st].cat&cDet == 0 && d.known(n) {
			w = n
			break
		}
	}
	if w == "" || strings.IndexByte(w, ' ') < 0 {
		return ""
	}
	f := v // the finite verb: v itself or the auxiliary of "hatte … gesagt"
	for k := v - 1; k > c; k-- {
		if toks[k].is(tPunct) {
			break
		}
		switch toks[k].low {
		case "hat", "hatte", "haben", "hatten":
			f = k
		}
	}
	if f-1 <= c || toks[f-1].p != ',' {
		return ""
	}
	return w
}
