package extract

// "The union, the Greyport Nurses Union, said …": a body's name with its
// article in apposition before the verb of saying names the speaker, as a
// bare name there does ("The union, Greyport Nurses Union, said").

// articledBodyEN reports whether toks[a:b] is "the" and then a name
// (capSegment) that ends in a body's head noun (orgNameEN: "Union",
// "Board", "Institute").
func articledBodyEN(toks []token, a, b int) bool {
	return b-a >= 3 && toks[a].low == "the" && capSegment(toks, a+1, b) && orgNameEN(toks[b-1].low)
}
