package extract

// forLinkEndDE returns where the remit after the "für" at i ends when the
// "für" links a body's head noun to the rest of its name inside a German
// subject before the verb at v ("Das Landesamt für Statistik (LfS)
// bestätigte …", "Das Landesamt für Wasser und Boden teilte … mit"): a
// capitalised word stands before it, and the remit (forSpanDE) ends before
// v. It returns -1 otherwise.
func forLinkEndDE(toks []token, i, v int) int {
	if toks[i].low != "für" || i == 0 || i+1 >= v || !capWord(&toks[i-1]) {
		return -1
	}
	if _, e := forSpanDE(toks, i-1); e > i+1 && e <= v {
		return e
	}
	return -1
}
