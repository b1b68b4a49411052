package extract

import "strings"

// "X wirft Y vor, …" (accuses Y of …) takes the one accused in the dative
// right after the finite verb ("Gegner werfen Jan Roth einen teuren
// Kurs vor", "Die Anwohner werfen Konrad Pilz Lärm vor"): when the Vorfeld
// before the verb is a noun phrase in the nominative, that phrase is the
// subject and so the claimant, not the name after the verb, which the
// rules otherwise read as an inverted subject.

// accuseFrameDE reports whether token v is a finite form of "werfen" whose
// clause ends with the separable particle "vor" (before a comma, a colon or
// the unit's end), or the participle "vorgeworfen"; for the participle it
// also returns the auxiliary before it ("haben … vorgeworfen"), which
// closes the Vorfeld, else v.
func accuseFrameDE(toks []token, v int) (int, bool) {
	switch toks[v].low {
	case "wirft", "warf", "warfen", "werfen":
	case "vorgeworfen":
		for k := v - 1; k > 0; k-- {
			switch toks[k].low {
			case "hat", "haben", "hatte", "hatten":
				return k, true
			}
			if toks[k].is(tPunct) {
				break
			}
		}
		return v, false
	default:
		return v, false
	}
	for k := v + 1; k < len(toks); k++ {
		if toks[k].low == "vor" {
			return v, k+1 == len(toks) || toks[k+1].is(tPunct)
		}
		if toks[k].p == ',' || toks[k].p == ':' || toks[k].p == ';' {
			return v, false
		}
	}
	return v, false
}

// accuseSubjectDE returns the subject of an accusation frame
// (accuseFrameDE) written in the Vorfeld: a name of two words or more that
// opens a Vorfeld the rules read as the subject or that closes with an
// apposition's comma ("Bodo Kern, Sprecher der Liste, warf …"); else,
// after an opening "Auch", a nominative noun phrase (nounPhraseDE) that fills the words before the
// verb, or "der"/"die"/"das", lower-case adjectives and capitalised nouns
// only ("Die Anwohner"), or one capitalised noun before a plural verb
// ("Gegner werfen …"); else the subject right after the verb
// (invertedAccuserDE). It returns "" for other clauses, which the other
// verb rules read.
func (d *docState) accuseSubjectDE(u *claimUnit, s verbAt) string {
	toks := u.toks
	v, ok := accuseFrameDE(toks, s.v)
	if v < 1 || !ok {
		return ""
	}
	if toks[v-1].p == ',' || d.vorfeldSubjectDE(toks, u.text, v) {
		if w := d.nameAt(toks, u.text, 0, true, u.lex, s.plural, false); strings.IndexByte(w, ' ') > 0 {
			return w // "Der Stadtrat Bodo Kern, Sprecher der Liste, warf der BFL … vor": a name and its apposition
		}
	}
	i := 0
	if toks[0].low == "auch" {
		i = 1
	}
	if i >= v {
		return ""
	}
	if end, ok := nounPhraseDE(toks, i, v); ok && end == v || articledNounsDE(toks, i, v) {
		if w := d.nameAt(toks, u.text, i, true, u.lex, s.plural, false); w != "" {
			return w
		}
		return vorfeldNounsDE(toks, u.text, i, v) // "Die Anwohner": the nouns, for the later steps to resolve
	}
	plural := toks[v].low == "werfen" || toks[v].low == "warfen"
	if i+1 == v && plural && capWord(&toks[i]) && !functionWordDE(toks[i].low) && d.adverbClaimantDE(text1(u.text, &toks[i])) != "" {
		return vorfeldNounsDE(toks, u.text, i, v) // "Gegner werfen …"
	}
	return d.invertedAccuserDE(toks, u.text, v)
}

// invertedAccuserDE returns, after an adverbial Vorfeld, the subject that
// follows the finite verb of an accusation frame: a quantifier and one
// capitalised noun ("Am Abend warfen mehrere Anwohner dem Wirt vor"), or an
// article and an acronym or a name the text knows ("Zudem wirft die NLAV
// dem Stadtrat vor"): the noun only, since the one accused follows it.
// A common noun after an article is left to the other rules (an existing
// test wants "Des Weiteren wirft die Kommission …" without a claimant).
func (d *docState) invertedAccuserDE(toks []token, text string, v int) string {
	if v+2 >= len(toks) {
		return ""
	}
	t := &toks[v+2]
	if !capWord(t) || functionWordDE(t.low) || t.cat&cDet != 0 {
		return ""
	}
	w := text[t.s:t.e]
	switch toks[v+1].low {
	case "viele", "einige", "mehrere", "zahlreiche":
		return w
	case "der", "die", "das":
		if t.is(tAllCap) || d.known(w) {
			return w
		}
	}
	return ""
}

// articledNounsDE reports whether toks[i:v] are a nominative article, any
// lower-case adjectives and one or two capitalised words ("Die Anwohner",
// "Die jungen Landwirte").
func articledNounsDE(toks []token, i, v int) bool {
	switch toks[i].low {
	case "der", "die", "das":
	default:
		return false
	}
	k := i + 1
	for k < v && toks[k].flags&(tCap|tPunct|tNum) == 0 && inflectedDE(toks[k].low) {
		k++
	}
	n := 0
	for ; k < v && capWord(&toks[k]) && !functionWordDE(toks[k].low); k++ {
		n++
	}
	return k == v && n >= 1 && n <= 2
}

// vorfeldNounsDE returns the text from the first capitalised word in
// toks[i:v] to the word before v ("Anwohner" of "Die Anwohner").
func vorfeldNounsDE(toks []token, text string, i, v int) string {
	for k := i; k < v; k++ {
		if capWord(&toks[k]) && toks[k].cat&cDet == 0 {
			return text[toks[k].s:toks[v-1].e]
		}
	}
	return ""
}

// text1 returns the text of token t.
func text1(text string, t *token) string {
	return text[t.s:t.e]
}

// accusedPluralDE reports whether token i is "warfen" in an accusation
// frame ("Landwirte warfen dem Minister vor, …"): the lexicon lists
// "warf" and "werfen" as verbs of saying but not this plural, which is
// read here only with its particle "vor" (not "warfen Steine").
func accusedPluralDE(toks []token, i int) bool {
	if toks[i].low != "warfen" {
		return false
	}
	_, ok := accuseFrameDE(toks, i)
	return ok
}
