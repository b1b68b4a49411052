package extract

// A German body is often named by its kind and the place or body it
// belongs to, in the genitive: "Das Jugendamt des Kreises Talbach warnte",
// "Die Polizei des Landes Talbach erklärte". The capitalised words after
// "des" ("Kreises Talbach") look like a person's name of two words, but
// they are the genitive attribute; the subject is the whole phrase from
// the noun after the opening article.

// genitiveBodyDE returns the subject "Jugendamt des Kreises Talbach" when
// the name before the verb, toks[k:e], follows "des" and the noun phrase
// "article + noun + des" that opens the unit; "" otherwise. A genitive
// noun ends in "s" ("Kreises", "Landes"); a first name after "des" does
// not stand there.
func genitiveBodyDE(toks []token, text string, k, e int) string {
	if k != 3 || e <= k || toks[2].low != "des" || toks[0].cat&cDet == 0 || !capWord(&toks[1]) || toks[1].cat != 0 {
		return ""
	}
	w := text[toks[k].s:toks[k].e]
	if len(w) < 3 || w[len(w)-1] != 's' {
		return ""
	}
	return text[toks[1].s:toks[e-1].e]
}
