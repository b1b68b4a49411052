package extract

// "He continued, “…”", "Vell continues: “…”": "continued" right before a
// comma or a colon that opens a quotation goes on with a statement, a
// verb of saying whose subject speaks; "The ferry continued its run" is
// none.

// continuedQuoteEN reports whether token i is "continued" or "continues"
// followed by a comma or a colon and a double quotation mark.
func continuedQuoteEN(toks []token, text string, i int) bool {
	if i+2 >= len(toks) || !foldIn(toks[i].low, "continued", "continues") {
		return false
	}
	return (toks[i+1].p == ',' || toks[i+1].p == ':') && doubleQuote(&toks[i+2], text)
}
