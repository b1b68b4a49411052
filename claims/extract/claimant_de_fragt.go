package extract

// fragtQuoteDE reports whether the word at i is a form of "fragen" that
// introduces or closes a quotation ("„Wer soll das bezahlen?“, fragt
// Henning", "Henning fragt: „…“"): then it is a verb of saying whose
// subject spoke the quoted question. Without the quotation "fragen" is
// mostly an act ("fragte nach den Kosten"), no claim.
// It is asked only for i > 0.
func fragtQuoteDE(toks []token, i int) bool {
	switch toks[i].low {
	case "fragt", "fragte", "fragen", "fragten":
	default:
		return false
	}
	if quantifierWordsDE[toks[i-1].low] || i+1 < len(toks) && quantifierWordsDE[toks[i+1].low] {
		return false // "Viele fragten: „…“": an unnamed crowd, no claimant
	}
	if i >= 2 && toks[i-1].p == ',' && toks[i-2].is(tQuote) {
		return true // "„…?“, fragt Henning"
	}
	return i+2 < len(toks) && toks[i+1].p == ':' && toks[i+2].is(tQuote)
}
