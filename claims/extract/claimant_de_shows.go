package extract

import "strings"

// "zeigen" takes a position only as "zeigt, dass …", "zeigt: …" or "zeigte
// sich besorgt". With a plain object it shows a thing ("Das Museum zeigte
// Gemälde aus Flandern", "Beide Werkstätten zeigten ihre Möbel"), and
// after a fronted question clause its subject is an example, not a source
// ("Was ein Dachgarten kostet, zeigt die Architektin X"). showsThingCutDE
// drops a claimant that is only the subject of such a "zeigen".

// showsThingCutDE returns "" when who is named inside the clause of a form
// of "zeigen" that shows a thing (showsThingDE); who otherwise.
func showsThingCutDE(toks []token, text, who string) string {
	if who == "" || strings.Contains(who, "; ") {
		return who
	}
	last := "" // who's last word in lower case, made at the first form of "zeigen" that shows a thing (most units have none)
	for v := 1; v < len(toks); v++ {
		switch toks[v].low {
		case "zeigt", "zeigte", "zeigen", "zeigten":
		default:
			continue
		}
		if !showsThingDE(toks, v) {
			continue
		}
		if last == "" {
			last = strings.ToLower(who[strings.LastIndexByte(who, ' ')+1:])
		}
		s, e := v, v+1
		for s > 0 && !clauseBreak(&toks[s-1]) {
			s--
		}
		for e < len(toks) && !clauseBreak(&toks[e]) {
			e++
		}
		for k := s; k < e; k++ {
			if strings.HasPrefix(toks[k].low, last) && len(toks[k].low) <= len(last)+1 {
				return "" // "Beide Teams zeigten ein gutes Spiel": the teams
			}
		}
	}
	return who
}

// showsThingDE reports whether the form of "zeigen" at v shows a thing:
// not reflexive in its clause, no "dass", question word or colon after it
// in the sentence, not right after an opening demonstrative ("Das zeigt
// eine Studie der …", a finding), and either a noun phrase after it in its
// clause or a fronted question clause right before it ("Was …, zeigt X").
func showsThingDE(toks []token, v int) bool {
	if v == 1 && demonstrativeDE(toks[0].low) {
		return false // "Das zeigt eine Studie der …": the demonstrative is the object
	}
	inClause := true
	for k := v + 1; k < len(toks); k++ {
		switch toks[k].low {
		case "dass", "wie", "was", "ob", "warum", "wer", "wo", "welche", "welcher", "welches":
			return false
		case "sich":
			if inClause {
				return false // "zeigte sich besorgt"; not "…, der sich …"
			}
		}
		if toks[k].p == ':' {
			return false
		}
		inClause = inClause && !clauseBreak(&toks[k])
	}
	if toks[v-1].p == ',' {
		q := 0
		if openingConjunctionDE(toks[0].low) && len(toks) > 1 {
			q = 1 // "Doch wie …"
		}
		switch toks[q].low {
		case "wie", "was", "welche", "welcher", "welches", "warum", "wer", "wo":
			return true
		}
		return false
	}
	return v+1 < len(toks) && !clauseBreak(&toks[v+1]) && !toks[v+1].is(tPunct)
}

// openingConjunctionDE reports whether w is a German coordinating
// conjunction that may open a sentence before its first clause.
func openingConjunctionDE(w string) bool {
	switch w {
	case "und", "aber", "doch", "denn", "oder":
		return true
	}
	return false
}
