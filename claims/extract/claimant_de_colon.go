package extract

import "strings"

// A colon that opens a quotation introduces the words of the subject of
// the clause before it ("Sie gibt zu bedenken: „…“", "Doch der Verband
// bleibt optimistisch: „…“", "Jan Roth, Chef des Vereins: „…“"): the
// colon does the work of a verb of saying.

// colonQuoteSpeakerDE returns the subject of the clause before a colon
// that opens a quotation: a pronoun among its first words, else the first
// person the text knows by a full name among the words before the colon,
// at the start of the sentence or named before this unit; "" if there is
// no such colon or subject.
func (d *docState) colonQuoteSpeakerDE(toks []token, text string) string {
	c := colonQuoteDE(toks, text)
	if c < 2 {
		return ""
	}
	for i := 0; i < c && i < 3; i++ {
		if g := pronoun(&toks[i], false); g != 0 && (i == 0 || !toks[i].is(tCap)) {
			if who := d.resolvePronoun(g, true); d.personNameDE(who) {
				return who // "Dabei griff sie … an: „…“"
			}
			return ""
		}
	}
	for i := 0; i < c; i++ {
		if !capWord(&toks[i]) || i > 0 && capWord(&toks[i-1]) || toks[i].cat&(cNotName|cDet) != 0 {
			continue // "Aber", "Die": a function word, no name
		}
		p := d.personRunDE(toks, text, i, c)
		if p < 0 || !d.personNameDE(d.people[p].name) {
			continue
		}
		if i > 0 && i+1 < c && !capWord(&toks[i+1]) && determinerDE(&toks[i-1]) {
			continue // "an jedem Empfänger": a noun after its article
		}
		if i <= 1 || p < d.before || appositionAfterDE(toks, i, c) {
			return d.people[p].name // at the start, or a person named before this unit or with an apposition (claimant_de_colonapposition.go)
		}
	}
	return ""
}

// personRunDE returns the person (index in d.people) whose name or
// surname is the run of capitalised words starting at token i before
// token end, or a tail of it ("Fraktionschef Jan Roth"), -1 if none. Unlike
// nameAt it registers nobody.
func (d *docState) personRunDE(toks []token, text string, i, end int) int {
	j := i
	for j < end && capWord(&toks[j]) {
		j++
	}
	for k := i; k < j; k++ {
		if p, ok := d.byKey[text[toks[k].s:toks[j-1].e]]; ok {
			return p
		}
	}
	return -1
}

// personNameDE reports whether who has the form of a person's name: known
// to the text, capitalised words only, and no noun phrase (personLikeDE).
func (d *docState) personNameDE(who string) bool {
	return d.known(who) && plainName(who) && d.personLikeDE(who)
}

// possessiveDE reports whether w is a German possessive of the third
// person ("seine", "ihren").
func possessiveDE(w string) bool {
	for _, stem := range [...]string{"sein", "ihr"} {
		if rest, ok := strings.CutPrefix(w, stem); ok {
			switch rest {
			case "", "e", "en", "em", "er", "es":
				return true
			}
		}
	}
	return false
}

// colonQuoteDE returns the index of the first colon that a double
// quotation mark follows, outside quotation marks, -1 if none. The
// quotation must hold four words at least: a shorter one is rather a
// title or motto ("ihr Album: „Deep Down“"). A text without the byte ':'
// has no colon token (each token starts at its byte of text).
func colonQuoteDE(toks []token, text string) int {
	if strings.IndexByte(text, ':') < 0 {
		return -1
	}
	return unquotedIndex(toks, text, func(i int) bool {
		return toks[i].p == ':' && i+1 < len(toks) && doubleQuote(&toks[i+1], text) && quotedWords(toks, text, i+2) >= 4
	})
}

// determinerDE reports whether t is a German article or determiner
// ("dem", "jedem", "diesen", "keiner").
func determinerDE(t *token) bool {
	if t.cat&cDet != 0 {
		return true
	}
	for _, stem := range [...]string{"jed", "dies", "jen", "kein", "welch", "solch", "manch"} {
		if rest, ok := strings.CutPrefix(t.low, stem); ok && (rest == "" || inflectedDE(rest)) {
			return true
		}
	}
	return false
}

// quotedWords counts the words from token i to the next double quotation
// mark (or the end of the unit).
func quotedWords(toks []token, text string, i int) int {
	n := 0
	for ; i < len(toks) && !doubleQuote(&toks[i], text); i++ {
		if !toks[i].is(tPunct) {
			n++
		}
	}
	return n
}
