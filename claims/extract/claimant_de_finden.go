package extract

// "finden" states a view only as "finden, dass …", "etwas schlimm
// finden" or after what it judges ("…, findet Eva Roth"); it is also
// "stattfinden" (take place), "sich finden" and "Anwendung finden".
// findingNoViewDE tells the verb of position positionSpeakerDE reads
// from these other senses.

// findingNoViewDE reports whether the form of "finden" at v states no
// view: none with "statt" later in the sentence; one when "es" or "das" (the thing judged) or a comma or
// colon follows it within two words, or a comma or quotation mark stands
// right before it. Other verbs report false.
func findingNoViewDE(toks []token, v int) bool {
	switch toks[v].low {
	case "findet", "fand":
	default:
		return false
	}
	for k := v + 1; k < len(toks); k++ {
		if toks[k].low == "statt" {
			return true // "findet am Freitag, 17. Mai, statt"
		}
	}
	if v > 0 && (toks[v-1].p == ',' || toks[v-1].is(tQuote)) {
		return false // "…, findet Eva Roth."
	}
	for k := v + 1; k < len(toks) && k <= v+3; k++ {
		if toks[k].low == "es" || toks[k].low == "das" || toks[k].p == ',' || toks[k].p == ':' {
			return false // "findet es schlimm", "fand zunächst, …"
		}
	}
	return true
}
