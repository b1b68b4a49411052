package extract

import "strings"

// A verb of saying in a relative clause about a person: "…, backed by Ann
// Lee of Ohio, who said the plan was fair", "…, so Jan Roth, Chef des
// Verbands, der sagte, man dürfe nicht warten". The relative pronoun is the
// subject; the speaker is the person it refers to.

// relativeSpeaker returns the person a relative pronoun right after a
// comma refers to when it is the subject of one of the unit's verbs of
// saying ("…, who said", "…, who on Monday said", "…, der sagte", "…, die
// erklärt hat"), or the body "…, which says" refers to; "" when there is
// none or the antecedent is no name the text registered in full.
func (d *docState) relativeSpeaker(u *claimUnit) string {
	toks := u.toks
	for _, v := range u.verbs {
		if toks[v].cat&cAccording != 0 || noSpeakerVerb(toks, v, u.de) {
			continue
		}
		r := relativeAt(toks, v, u.de)
		if r < 2 || toks[r-1].p != ',' {
			continue
		}
		if who := d.antecedent(toks, u.text, r-1, u.de); who != "" && (toks[r].low != "which" || orgNameEN(who)) {
			return who // "…, the Harbor Nurses Union, which says …": a body's name only
		}
	}
	return ""
}

// relativeAt returns the relative pronoun that is the subject of the verb
// of saying v: in English "who" or "which" before the verb group ("who
// says", "who later tells", "which says": relativeSpeaker takes "which"
// for a body's name only), in German "der" or "die" opening the clause that ends
// with v ("der sagte", "die zuletzt davon sprach", "der erklärt hat");
// -1 when there is none.
func relativeAt(toks []token, v int, de bool) int {
	if !de {
		r := subjectEndEN(toks, auxiliaryStartEN(toks, v)) - 1
		if r >= 0 && (toks[r].low == "who" || toks[r].low == "which") && presentAssertionEN(toks[v].low) {
			return r
		}
		return -1
	}
	c := clauseStart(toks, v)
	if c >= v || toks[c].low != "der" && toks[c].low != "die" || c+1 < len(toks) && capWord(&toks[c+1]) {
		return -1 // "…, die Stadt erklärte": an article, no pronoun
	}
	if e := clauseEnd(toks, v); e != v+1 && !(e == v+2 && auxiliaryDE(toks[v+1].low)) {
		return -1 // the verb must close the relative clause ("der sagte, …", "der erklärt hat")
	}
	return c
}

// clauseEnd returns the first clause break or sentence end after token v.
func clauseEnd(toks []token, v int) int {
	e := v + 1
	for e < len(toks) && !clauseBreak(&toks[e]) && toks[e].p != '.' {
		e++
	}
	return e
}

// auxiliaryDE reports whether w is a finite auxiliary that may close a
// German relative clause after a participle ("der erklärt hat").
func auxiliaryDE(w string) bool {
	switch w {
	case "hat", "hatte", "haben", "hatten":
		return true
	}
	return false
}

// antecedent returns the person named right before the comma at token c,
// or before an apposition that ends there ("Ann Lee, the mayor of Harbor
// City,", "Jan Roth, Chef des Verbands,"), or before "of" and a place
// ("Ann Lee of Ohio"): the first such name of a person the text knows by
// a full name; "" otherwise.
func (d *docState) antecedent(toks []token, text string, c int, de bool) string {
	for steps := 0; steps < 2 && c > 0; steps++ {
		if capWord(&toks[c-1]) {
			k := capRunStart(toks, c)
			if who := d.knownName(text[toks[k].s:toks[c-1].e]); who != "" {
				return who
			}
			if !de && k >= 3 && toks[k-1].low == "of" && capWord(&toks[k-2]) {
				if who := d.knownName(text[toks[capRunStart(toks, k-1)].s:toks[k-2].e]); who != "" {
					return who // "Ann Lee of Ohio, who said"
				}
			}
		}
		p := c - 1
		for p > 0 && c-p < 12 && toks[p].p != ',' && !toks[p].is(tQuote) {
			p--
		}
		if toks[p].p != ',' {
			return ""
		}
		c = p // an apposition ends at c: the name stands before it
	}
	return ""
}

// knownName returns the full name of the person the text registered as
// name (or whose name ends so), "" when there is none.
func (d *docState) knownName(name string) string {
	if p, ok := d.lookup(name); ok && strings.IndexByte(p.name, ' ') > 0 {
		return p.name
	}
	return ""
}

// presentAssertionEN reports whether w is a verb of plain assertion in the
// present tense: "…, who says …" reports a claim the person stands by,
// while a past tense in a relative clause mostly tells a background in
// the author's voice ("…, who criticized the plan in 2011").
func presentAssertionEN(w string) bool {
	switch w {
	case "says", "tells", "claims", "argues", "insists", "contends", "maintains", "states":
		return true
	}
	return false
}
