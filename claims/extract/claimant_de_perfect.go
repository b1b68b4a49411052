package extract

import "strings"

// A German verb of saying in the perfect or pluperfect splits in two: the
// finite auxiliary stands second ("hat", "hatte"), the participle closes
// the clause ("…“, hatte Jan Roth am Freitag gesagt", "Zuvor hatte die
// Stadt den Plan kritisiert"). The subject is then not the word before the
// participle, which is mostly an object or an adverbial of the Mittelfeld,
// but the Vorfeld before the auxiliary when that is a noun phrase in the
// nominative, else the first noun phrase after the auxiliary.

// perfectAuxDE reports whether w is a finite form of "haben" in the
// indicative or Konjunktiv I, the auxiliary of the perfect of verbs of
// saying ("hätte" of the Konjunktiv II mostly belongs to reported speech).
func perfectAuxDE(w string) bool {
	switch w {
	case "hat", "hatte", "haben", "hatten", "habe":
		return true
	}
	return false
}

// clauseBreak reports whether token t bounds a clause for the German rules
// that look for a verb's subject: a comma, colon, semicolon or a quotation
// mark.
func clauseBreak(t *token) bool {
	return t.is(tQuote) || t.p == ',' || t.p == ':' || t.p == ';'
}

// perfectAuxBefore returns the finite auxiliary of the clause whose last
// word is the participle v, -1 when v is no participle that closes its
// clause after such an auxiliary. The participle must end the clause
// (a full stop, a comma, a colon or "dass" after it): "erklärt" in "Sie
// erklärt, …" is finite and has no auxiliary before it. A negated verb
// ("hat es nicht gesagt") reports no statement. Quotation marks may stand
// inside the clause ("hatten Ärzte ein „ungezieltes“ Testen kritisiert").
func perfectAuxBefore(toks []token, v int) int {
	if v+1 < len(toks) && !toks[v+1].is(tPunct) && toks[v+1].low != "dass" || toks[v].low == "gestanden" {
		return -1 // "gestanden" is also the participle of "stehen"
	}
	for k := v - 1; k >= 0 && v-k <= 16; k-- {
		switch t := &toks[k]; {
		case t.p == ',' || t.p == ':' || t.p == ';', t.low == "nicht" || t.low == "nie":
			return -1 // "hat noch nicht verkündet": no statement
		case perfectAuxDE(t.low):
			if k+1 == v {
				return -1 // "gesagt hat": a subordinate clause, the subject is before
			}
			return k
		}
	}
	return -1
}

// clauseStart returns the first token of the clause that holds token a.
func clauseStart(toks []token, a int) int {
	for k := a - 1; k >= 0; k-- {
		if clauseBreak(&toks[k]) {
			return k + 1
		}
	}
	return 0
}

// perfectSubjectDE returns the speaker of a verb of saying v in the
// perfect: the Vorfeld before the auxiliary when it is the subject (a
// pronoun, a noun phrase in the nominative: "Die Stadt hatte den Plan
// kritisiert"), else the noun phrase right after the auxiliary ("…“, hatte
// Jan Roth gesagt", "Zuvor hatte die Stadt den Plan kritisiert"); "" when
// v is no participle after an auxiliary or no subject is found.
func (d *docState) perfectSubjectDE(toks []token, text string, v int, lex lexicon) string {
	a := perfectAuxBefore(toks, v)
	if a < 0 {
		return ""
	}
	plural := toks[a].low == "haben" || toks[a].low == "hatten"
	if both := d.coordinatedVorfeldDE(toks, text, a, lex); both != "" {
		return both // "Frankreich und Italien haben … kritisiert"
	}
	return d.verbSecondSubjectDE(toks, text, a, a+1, lex, plural)
}

// verbSecondSubjectDE returns the subject of the finite verb v in second
// position: the Vorfeld when it is a personal pronoun ("er", "sie"; "das"
// before a verb is an object) or a noun phrase in the nominative without a
// date in it ("Die Stadt hatte …", "Jan Roth, Chef des Amts, hat …"), else
// the noun phrase that opens the Mittelfeld at token s
// (mittelfeldSubjectDE: "Zuvor hatte die Stadt …").
func (d *docState) verbSecondSubjectDE(toks []token, text string, v, s int, lex lexicon, plural bool) string {
	c := clauseStart(toks, v)
	if who := d.partySubjectDE(toks, text, v, lex); who != "" {
		return who // "Ole Wendt (SPD) hatte die Pläne kritisiert"
	}
	if v > c && (subjectPronounDE(&toks[c], plural) && intensifierBefore(toks, v) == c+1 || !timeWordIn(toks, c, v) && d.vorfeldSubjectDE(toks[c:], text, v-c)) {
		return d.subjectBefore(toks, text, v, true, lex, plural) // "Ole Wendt hatte die Pläne kritisiert"
	}
	if c > 0 && v == c && d.vorfeldSubjectDE(toks, text, v) {
		return d.subjectBefore(toks, text, v, true, lex, plural) // "Ole Wendt, Chef des Amts, hat …"
	}
	return d.mittelfeldSubjectDE(toks, text, s, lex, plural)
}

// mittelfeldSubjectDE reads the subject that opens the Mittelfeld at token
// s, after the finite verb: a pronoun, or a noun phrase in the nominative
// (an article "der", "die", "das", "ein", "eine", or none, adjectives, then
// capitalised words), perhaps after "sich" and a sentence adverb ("hatte
// sich auch der Verband …"). A bare name stops where a person the text
// knows ends, so an object after it is no part of it ("hat Roth Hilfen
// angekündigt"). After a plural verb a group noun is the subject too
// ("hatten Medien berichtet", groupSubjectDE). A bare object before a
// participle that needs one is cut off (bareObjectCutDE).
func (d *docState) mittelfeldSubjectDE(toks []token, text string, s int, lex lexicon, plural bool) string {
	a := s - 1 // the finite verb
	for n := 0; n < 2 && s < len(toks) && (toks[s].low == "sich" || adverbDE[toks[s].low] || adverbsDE[toks[s].low] && !pronounDE(toks[s].low)); n++ {
		s++ // "hatte sich auch der Verband …"
	}
	if s >= len(toks) {
		return ""
	}
	t := &toks[s]
	if subjectPronounDE(t, plural) {
		return d.nameAt(toks, text, s, true, lex, plural, false)
	}
	n := s
	if t.cat&cDet != 0 {
		switch t.low {
		case "der", "die", "das", "ein", "eine":
		default:
			return "" // "hatte dem Minister …": a dative object
		}
		n++
		for n < len(toks) && toks[n].flags&(tCap|tPunct|tNum) == 0 && inflectedDE(toks[n].low) {
			n++
		}
	}
	if n < len(toks) && plural && groupNounsDE[toks[n].low] && capWord(&toks[n]) {
		return groupSubjectDE(toks, text, s, n) // "Im Mai hatten Medien berichtet"
	}
	if n >= len(toks) || !capWord(&toks[n]) || toks[n].cat&(cNotName|cTimeNoun|cMonth|cWeekday|cRelDate) != 0 || functionWordDE(toks[n].low) {
		return ""
	}
	e := cutAtTimeWord(toks, n, capRun(toks, text, n, true)) // "der Bezirk Ende 2019"
	e = bareObjectCutDE(toks, a, n, e)                       // "hatte die Stadt Bedenken geäußert"
	if n == s {
		e = d.knownPrefixEnd(toks, text, n, e)
	}
	return d.nameAt(toks[:e], text, s, true, lex, plural, true)
}

// knownPrefixEnd returns where the longest run of capitalised words from
// token n that names a person the text knows ends, when the whole run
// toks[n:e] names none; else e.
func (d *docState) knownPrefixEnd(toks []token, text string, n, e int) int {
	if _, ok := d.byKey[text[toks[n].s:toks[e-1].e]]; ok {
		return e
	}
	for k := e - 1; k > n; k-- {
		if _, ok := d.byKey[text[toks[n].s:toks[k-1].e]]; ok {
			return k
		}
	}
	return e
}

// timeWordIn reports whether toks[i:j] holds a date or time word ("Anfang
// Juli", "Am Montag"): a Vorfeld with one is an adverbial, not the subject.
// An age ("die 64-jährige Ministerin", ageWordDE) is no time.
func timeWordIn(toks []token, i, j int) bool {
	for k := i; k < j; k++ {
		if toks[k].cat&(cTimeNoun|cMonth|cWeekday|cRelDate) != 0 || toks[k].is(tNum) && !ageWordDE(&toks[k]) {
			return true
		}
	}
	return false
}

// declaredDE reports whether the German verb v is "erklären" in the sense
// of declaring something to be so, a ruling rather than a statement: "für"
// and a lower-case predicative adjective stand right before it ("hat den
// Lockdown für nichtig erklärt", "das die Wahl für ungültig erklärte").
func declaredDE(toks []token, v int) bool {
	if !strings.HasPrefix(toks[v].low, "erklärt") {
		return false
	}
	return v >= 2 && toks[v-2].low == "für" && lowerWord(&toks[v-1]) || declaredAfterDE(toks, v)
}

// declaredAfterDE reports whether "für" and a lower-case predicative word
// close the main clause of "erklären" at v ("Der Verein erklärte die
// Saison für beendet.", "erklärte das Tor dennoch für gültig").
func declaredAfterDE(toks []token, v int) bool {
	for k := v + 1; k+1 < len(toks) && k <= v+12; k++ {
		if toks[k].is(tPunct) || toks[k].is(tQuote) {
			return false
		}
		if toks[k].low == "für" && lowerWord(&toks[k+1]) {
			return k+2 == len(toks) || toks[k+2].is(tPunct)
		}
	}
	return false
}

// lowerWord reports whether t is a word in lower case.
func lowerWord(t *token) bool { return t.flags&(tCap|tPunct|tNum) == 0 }
