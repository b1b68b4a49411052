package extract

// relativeVorfeldDE returns where the noun phrase that opens a German unit
// ends when a relative clause set off by commas follows it and closes
// right before the verb v ("Der Vorsitzende des Vereins, der seit 2010 im
// Amt ist, sagte, …"): the comma after the noun phrase; -1 for any other
// shape, or when no comma or colon follows the verb ("Die wenigen Händler,
// die …, verlangen Aufschläge": no statement). The subject is read before that comma as if the verb stood there.
func relativeVorfeldDE(toks []token, v int) int {
	if v < 4 || toks[v-1].p != ',' || v+1 >= len(toks) || toks[v+1].p != ',' && toks[v+1].p != ':' {
		return -1 // only a verb that opens what was said ("sagte, …", "erklärte: …")
	}
	c := 1
	for c < v-1 && toks[c].p != ',' {
		if toks[c].is(tQuote) {
			return -1
		}
		c++
	}
	if c >= v-2 {
		return -1
	}
	switch toks[c+1].low {
	case "der", "die", "das", "dessen", "deren":
	default:
		return -1
	}
	if end, ok := nounPhraseDE(toks, 0, c); !ok || end != c {
		return -1
	}
	return c
}
