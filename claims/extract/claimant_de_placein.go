package extract

// "…, wie ein Sprecher in New York sagte": a name right after a bare
// "in" before a German verb is a place, the verb's subject stands before
// it. A place takes no article ("in der Stadt" is prepObjectDE's case).

// placeBeforeDE returns the run of capitalised words that ends right
// before token e when it follows a bare "in" ("ein Sprecher in Neu
// Dalheim sagte": "Neu Dalheim"), else "".
func placeBeforeDE(toks []token, text string, e int) string {
	k := e
	for k > 0 && capWord(&toks[k-1]) {
		k--
	}
	if k == e || k == 0 || toks[k-1].low != "in" {
		return ""
	}
	return text[toks[k].s:toks[e-1].e]
}
