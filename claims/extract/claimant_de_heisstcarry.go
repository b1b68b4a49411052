package extract

// "Der Landrat warnte: „…“ In dem Beschluss heißt es, Ziel müsse es
// bleiben, …": the impersonal "heißt es" names a source of its own (a
// document, a statement), even where heisstEsSourceDE cannot read a name
// in it; the Konjunktiv I after it carries no earlier speaker.

// heisstEsUnitDE reports whether the German unit toks holds "heißt es"
// or "hieß es" (heisstEsAt).
func (d *docState) heisstEsUnitDE(toks []token) bool {
	if d.lacks(toks, wsHeisst) {
		return false
	}
	for i := 0; i+1 < len(toks); i++ {
		if heisstEsAt(toks, i) {
			return true
		}
	}
	return false
}
