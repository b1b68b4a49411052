package extract

// "A Customs and Border Protection official said", "an official from the
// Health and Human Services Department told": an "and" between two
// capitalised words of a described source joins the words of a body's
// name, not two sources ("a neighbour and her son said"), so
// describedPhraseEN lets it stand.

// andInNameEN reports whether the "and" at toks[i], inside the words
// toks[a:b] of a described source, stands between two capitalised words
// ("Customs and Border Protection").
func andInNameEN(toks []token, i, a, b int) bool {
	return i > a && i+1 < b && capWord(&toks[i-1]) && capWord(&toks[i+1])
}
