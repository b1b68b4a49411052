package extract

import "strings"

// German news attribute a statement by "so" and the source after a comma,
// at the end of the sentence or set off inside it: "…, so der Landrat.",
// "Stadien können, so Roth, „Orte der Begegnung“ sein", "…, so Eva Roth
// am Montag im Radio", "…, so das Ministerium", or with a verb and "es":
// "…, so formuliert es Landrat Jan Roth". The older soName reads only a
// short name at the very end.

// soSourceDE returns the source of the first attributing "so" of the
// unit: one after a comma or a closing quotation mark that is followed by
// a name, a definite article and a noun, or a verb of saying with "es"
// ("so formuliert es Roth"). "so dass", "so wie", "so ein" (such a) and an
// abstract noun ("so die Logik", "so die
// Forderung": the reasoning, not its author) name no source.
func (d *docState) soSourceDE(toks []token, text string, lex lexicon) string {
	if d.lacks(toks, wsSo) {
		return ""
	}
	for i := 1; i+1 < len(toks); i++ {
		if toks[i].low != "so" || toks[i-1].p != ',' && !toks[i-1].is(tQuote) {
			continue
		}
		n := i + 1
		if toks[n].low == "dass" || toks[n].low == "daß" || toks[n].low == "wie" {
			continue // "so dass", "so wie": a conjunction
		}
		if reportingVerbDE(&toks[n]) && n+1 < len(toks) && toks[n+1].low == "es" {
			n += 2 // "so formuliert es", "so sieht es"
			for n < len(toks) && n-i <= 5 && lowerWord(&toks[n]) && toks[n].cat&cDet == 0 {
				n++ // "jedenfalls", "auch"
			}
			return d.soSubjectDE(toks, text, n-1, lex)
		}
		if who := d.soSubjectDE(toks, text, i, lex); who != "" {
			return who
		}
	}
	return ""
}

// soSubjectDE reads the source right after token i: an article with a
// noun (invertedSubjectDE: "der Landrat", "das zuständige Ministerium"),
// else a name ("Roth", "Ministerin Eva Roth").
func (d *docState) soSubjectDE(toks []token, text string, i int, lex lexicon) string {
	n := i + 1
	if n >= len(toks) {
		return ""
	}
	if toks[n].cat&cDet != 0 {
		if toks[n].low != "der" && toks[n].low != "die" && toks[n].low != "das" {
			return soIndefiniteRoleDE(toks, text, n, lex) // "so ein Sprecher"; "so ein Zwischending": "such a"
		}
		who := d.invertedSubjectDE(toks, text, i, lex)
		if abstractNounDE(who) {
			return ""
		}
		return who
	}
	if !capWord(&toks[n]) || toks[n].cat&(cNotName|cDet) != 0 || functionWordDE(text[toks[n].s:toks[n].e]) {
		return ""
	}
	return d.nameAt(toks, text, n, true, lex, false, true)
}

// abstractNounDE reports whether a claimant read after "so" is an abstract
// noun of reasoning or speech by its derivational suffix ("Forderung",
// "Logik", "Einschätzung", "Begründung", "Argumentation"): it stands for
// what was said, not for who said it.
func abstractNounDE(who string) bool {
	if k := strings.LastIndexByte(who, ' '); k >= 0 {
		who = who[k+1:] // "verbreitete Lesart"
	}
	for _, suf := range [...]string{"ung", "ik", "ion", "heit", "keit", "art"} {
		if strings.HasSuffix(who, suf) {
			return true
		}
	}
	return false
}

// reportingVerbDE reports whether t is a German verb of saying or of
// taking a position (the lexicon's, extraSpeechDE, positionVerbDE) or
// "formulieren", which reports wording ("so formuliert es Roth").
func reportingVerbDE(t *token) bool {
	if !lowerWord(t) {
		return false
	}
	return t.cat&cSpeech != 0 || extraSpeechDE(t.low) || positionVerbDE(t.low) || strings.HasPrefix(t.low, "formulierte") || t.low == "formuliert"
}
