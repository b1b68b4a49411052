package extract

import "strings"

// coordinatedBaseEN returns the claimants of a subject of two names
// joined by "and" before the base form of a verb of saying ("Ann Lee and
// Tom Bell say …", "Lee and Democrats argue …"): the plural verb agrees
// with the two names together, so each of them speaks. Only verbs of
// plain assertion count: "agree" or "blame" after two names mostly sums up
// their stance in the author's voice. The lexicon knows
// only the third person of these verbs, and the base form alone speaks for
// unnamed groups (pluralGroupEN). The first name must open the subject (at
// the start of the clause, not after a preposition or a relative word), or
// it may be an object of another verb; "" when no such subject is found.
func (d *docState) coordinatedBaseEN(toks []token, text string, lex lexicon) string {
	quoted := false
	for i := 1; i < len(toks); i++ {
		t := &toks[i]
		if doubleQuote(t, text) {
			quoted = !quoted
			continue
		}
		if quoted || !baseSpeechEN(t) || !assertionBaseEN(t.low) || toks[i-1].low == "to" {
			continue
		}
		if who := d.conjoinedBeforeEN(toks, text, verbGroupStartEN(toks, i), lex); who != "" {
			return who
		}
	}
	return ""
}

// conjoinedBeforeEN returns "first; second" when the capitalised words
// just before token e are the second of two names joined by "and" and the
// first opens a clause; "" otherwise.
func (d *docState) conjoinedBeforeEN(toks []token, text string, e int, lex lexicon) string {
	if e < 3 || !capWord(&toks[e-1]) {
		return ""
	}
	k := e - 1
	for k > 0 && e-k < 4 && capWord(&toks[k-1]) {
		k--
	}
	if k < 2 || toks[k-1].low != "and" || nameRun(toks, k, false) != e {
		return ""
	}
	name := d.nameAt(toks, text, k, false, lex, true, true)
	if name == "" {
		return ""
	}
	who := d.conjoined(toks, text, k, false, lex, name)
	if !strings.Contains(who, "; ") || !subjectStartEN(toks, capRunStart(toks, k-1)) {
		return ""
	}
	return who
}

// assertionBaseEN reports whether w is the base form of a verb of plain
// assertion (the present forms of assertionEN's participles).
func assertionBaseEN(w string) bool {
	switch w {
	case "say", "tell", "state", "argue", "deny", "claim", "maintain", "contend":
		return true
	}
	return false
}
