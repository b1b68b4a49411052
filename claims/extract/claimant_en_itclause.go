package extract

// "When Brackton Council published its budget, it said spending would
// rise.": a fronted adverbial clause whose subject is a body, then "it" as
// the subject of the main clause's verb of saying. "It" is that body, not
// the body the text quoted last.

// frontedClauseEN reports whether w opens a fronted adverbial clause
// (closed class of subordinators of time, cause and concession).
func frontedClauseEN(w string) bool {
	switch w {
	case "when", "after", "as", "before", "once", "since", "while", "although", "though", "because":
		return true
	}
	return false
}

// itClauseBodyEN returns the body that is the subject of a fronted
// adverbial clause opening the unit (a subordinator, perhaps "the", and
// capitalised words right before a lower-case word), when "it" after that
// clause's comma is the subject of the verb of saying v: "When Brackton
// Council published …, it said". "" otherwise.
func (d *docState) itClauseBodyEN(toks []token, text string, v int) string {
	e := verbGroupStartEN(toks, v)
	if e < 4 || toks[e-1].low != "it" || toks[e-2].p != ',' || !frontedClauseEN(toks[0].low) {
		return ""
	}
	n := 1
	if toks[n].low == "the" {
		n++
	}
	if n >= e || !capWord(&toks[n]) || toks[n].cat&(cNotName|cMonth|cWeekday|cRelDate) != 0 {
		return ""
	}
	end := capRun(toks, text, n, false)
	if end >= e-2 || !lowerWord(&toks[end]) {
		return ""
	}
	for k := end; k < e-2; k++ {
		if toks[k].p == ',' {
			return "" // "When Ann Lee, the mayor, …": another clause's comma first
		}
	}
	name := text[toks[n].s:toks[end-1].e]
	if d.personLikeEN(name) {
		return "" // a person is no "it"
	}
	return name
}
