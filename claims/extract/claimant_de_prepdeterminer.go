package extract

// A noun after a preposition and its article or possessive ("bei ihrer
// Airline", "mit dem Ministerium", "für seine Kunden") is the object of
// the preposition, never the subject of a verb of saying after it:
// "Passagiere sollten sich bei ihrer Airline informieren" names no airline.

// prepDeterminerDE reports whether the German noun at token k follows a
// preposition and one article or possessive ("bei ihrer", "mit dem").
func prepDeterminerDE(toks []token, k int) bool {
	if k < 2 || !prepositionsBeforeDE[toks[k-2].low] {
		return false
	}
	d := toks[k-1].low
	return toks[k-1].cat&cDet != 0 || possessive[d] || pronounFormsDE[d] && d != "ihnen" && d != "ihm" && d != "ihn" && d != "denen"
}
