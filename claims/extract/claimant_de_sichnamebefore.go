package extract

// sichNameBeforeDE reports whether v is a form of "nennen" with "sich"
// before it in its clause, as in a relative clause or an infinitive ("wobei
// er sich Balduin nannte", "die sich „Freie Marsch“ nennt", "darf sich
// nicht Meister nennen"): a name someone goes by, no statement. Quotation
// marks and brackets do not end the clause; a comma, colon or full stop
// does.
func sichNameBeforeDE(toks []token, v int) bool {
	switch toks[v].low {
	case "nennt", "nannte", "nennen", "nannten":
	default:
		return false
	}
	for k := v - 1; k >= 0 && k >= v-12; k-- {
		t := &toks[k]
		if t.low == "sich" {
			return true
		}
		if t.is(tPunct) && !t.is(tQuote) && t.p != '(' && t.p != ')' {
			return false
		}
	}
	return false
}
