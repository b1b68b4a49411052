package extract

import "strings"

// Several speakers as one subject: "Ann Lee and Tom Bell said", "Ann Lee,
// Tom Bell and Eva Roth have said", "Senate leader Ann Lee and Harbor
// County's chief executive Tom Bell told reporters". The guide wants every
// one of them, separated by "; ".

// coSubjectsEN completes who, the speaker or speakers the verb rules
// found, to all the names of a coordinated subject of one of the unit's
// verbs of saying when who is among them ("Tom Bell; Eva Roth" of "Ann
// Lee, Tom Bell and Eva Roth said"), also before an aside set off by
// commas (asideStartEN); who unchanged otherwise.
func (d *docState) coSubjectsEN(u *claimUnit, who string) string {
	if who == "" {
		return who
	}
	toks := u.toks
	var buf [maxConjuncts]tokSpan // the conjuncts, on the stack
	for _, v := range u.verbs {
		if v < 3 || toks[v].cat&cAccording != 0 || noSpeakerVerb(toks, v, false) {
			continue
		}
		e := subjectEndEN(toks, auxiliaryStartEN(toks, v))
		names := conjunctsBeforeEN(toks, u.text, e, u.lex, buf[:0])
		if len(names) < 2 {
			if c := asideStartEN(toks, e); c > 0 {
				names = conjunctsBeforeEN(toks, u.text, c, u.lex, buf[:0]) // "Ann Lee and Tom Bell, spokespersons for the port, said" (claimant_en_coaside.go)
			}
		}
		if len(names) >= 2 && d.allAmong(who, names, u.text, toks) {
			return d.spanNames(names, u, who, false)
		}
	}
	return who
}

// conjunctsBeforeEN returns the names of a subject of two to five
// conjuncts that ends before token e ("A and B", "A, B and C", "A, B,
// and C"), in text order; nil when the words before e are no such
// subject or it does not open its clause. The names are appended to buf.
func conjunctsBeforeEN(toks []token, text string, e int, lex lexicon, buf []tokSpan) []tokSpan {
	names := buf
	end, serial := e, false
	for len(names) < maxConjuncts {
		s, name, ok := conjunctEN(toks, text, end, lex)
		if !ok {
			if len(names) >= 2 && toks[end].p == ',' {
				break // "In a statement, Ann Lee and Tom Bell said": the comma opens the clause
			}
			return nil
		}
		names = append(names, name)
		b := s - 1
		switch {
		case b > 0 && toks[b].low == "and" && len(names) == 1:
			end = b
			if toks[end-1].p == ',' {
				end, serial = end-1, true // the serial comma: "A, B, and C"
			}
			continue
		case b > 0 && toks[b].p == ',' && len(names) >= 2:
			end = b
			continue
		case len(names) < 2 || !clauseOpenEN(toks, s) || serial && len(names) < 3:
			return nil // "Oh, and Ann Lee said": a comma before "and" joins no two subjects
		}
		break
	}
	if len(names) < 2 || serial && len(names) < 3 {
		return nil
	}
	for i, j := 0, len(names)-1; i < j; i, j = i+1, j-1 {
		names[i], names[j] = names[j], names[i]
	}
	return names
}

// conjunctEN reads one conjunct that ends before token end: a name of
// capitalised words, perhaps after a description ("Top negotiator Ann
// Lee", "Harbor County's chief executive Tom Bell", "Sen. Ann Lee", "the
// Harbor Post"). It returns where the conjunct starts and the name's
// tokSpan; ok is false when the words are none. A description's last
// lower-case word must name a person (a role, "negotiator",
// "attorneys"): "Trump met Xi" is no description of Xi.
func conjunctEN(toks []token, text string, end int, lex lexicon) (s int, name tokSpan, ok bool) {
	if end < 1 || !capWord(&toks[end-1]) {
		return end, tokSpan{}, false
	}
	k := end - 1
	for k > 0 && end-k < 4 && nameWordEN(&toks[k-1], lex) {
		k--
	}
	if !nameWordEN(&toks[k], lex) || nameRun(toks, k, false) != end && capRun(toks, text, k, false) != end {
		return end, tokSpan{}, false
	}
	lower, role := -1, false // the last lower-case word of the description; a role in it
	s = k
	for s > 0 && k-s < 6 {
		t := &toks[s-1]
		if t.cat&cDet != 0 && (s == 1 || clauseOpenEN(toks, s-1) || toks[s-2].p == ',') {
			s-- // "the Harbor Post", "The Lee Institute"
			break
		}
		switch {
		case roleOf(t, lex) != "":
			role = true
		case t.p == '.' && s >= 2 && toks[s-2].e == t.s && roleOf(&toks[s-2], lex) != "": // "Sen."
		case capWord(t) && t.cat&(cNotName|cDet|cSpeech) == 0:
		case t.flags&(tCap|tPunct|tNum) == 0 && t.cat == 0:
			if lower < 0 {
				lower = s - 1
			}
		default:
			return departmentAndEN(toks, s, role, lex), tokSpan{k, end}, lower < 0 || role || personNounEN(&toks[lower], lex)
		}
		s--
	}
	return departmentAndEN(toks, s, role, lex), tokSpan{k, end}, lower < 0 || role || personNounEN(&toks[lower], lex)
}

// departmentAndEN returns where a conjunct that starts at s with a title
// starts when the "and" before it joins the words of a department's name
// ("Health and Human Services Secretary Alex Azar", "Housing and Urban
// Development Secretary Ben Carson"): one capitalised word before the
// "and", not itself after a capitalised word ("Ann Lee and …" joins two
// people), and at least two capitalised words before the role after it
// ("Lee and Health Secretary Tom Bell" stays two, and so, wrongly, does
// "Parks and Recreation Director Ivy Moll"). s when it is no such name.
func departmentAndEN(toks []token, s int, role bool, lex lexicon) int {
	if !role || s < 2 || toks[s-1].low != "and" || !nameWordEN(&toks[s-2], lex) {
		return s
	}
	if s >= 3 && capWord(&toks[s-3]) {
		return s
	}
	if s+1 >= len(toks) || !nameWordEN(&toks[s], lex) || !nameWordEN(&toks[s+1], lex) {
		return s
	}
	return s - 2
}

// personNounEN reports whether the lower-case word t names a person: a
// role (also in the plural, "attorneys") or a noun of agent ("negotiator",
// "researchers", "economist", "co-presidents").
func personNounEN(t *token, lex lexicon) bool {
	if roleOf(t, lex) != "" {
		return true
	}
	w := strings.TrimSuffix(t.low, "s")
	if lexCat(tableOf(lex), lex, w)&cRole != 0 {
		return true // "attorneys"
	}
	for _, suf := range [...]string{"or", "er", "ist", "ian", "ant", "ent", "ee"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// nameWordEN reports whether t may be a word of a person's or a body's
// name: capitalised, no role, no function word, no quantifier ("Both").
func nameWordEN(t *token, lex lexicon) bool {
	return capWord(t) && roleOf(t, lex) == "" && t.cat&(cNotName|cDet|cSpeech) == 0 && t.low != "both" && t.low != "all"
}

// clauseOpenEN reports whether token s opens a clause: the unit's start,
// after punctuation, or after a conjunction that opens one.
func clauseOpenEN(toks []token, s int) bool {
	if s == 0 || toks[s-1].is(tPunct) {
		return true
	}
	switch toks[s-1].low {
	case "but", "and", "so", "yet", "while", "both", "when", "as":
		return true
	}
	return false
}
