package extract

// adjectiveNounPairDE reports whether the capitalised word at i and the
// one after it, and no third, follow an article (or a preposition fused
// with one) and lower-case adjectives: "die helfenden Nachbarn Geduld
// mitbringen". A noun and its object, not a first name and a surname: a
// person's name after an article and an adjective is rare without a noun
// of office before it ("der frühere Landrat Jan Roth").
func adjectiveNounPairDE(toks []token, i int) bool {
	if i+2 < len(toks) && capWord(&toks[i+2]) {
		return false
	}
	a := adjectivesBackDE(toks, i)
	return a < i && a > 0 && nounAfterDE(&toks[a-1])
}
