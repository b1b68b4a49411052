package extract

import "strings"

// "Der Hafen könnte bald schließen, fürchten Fachleute.", "Die Fähre
// fährt wieder, nehmen Analysten an.", "…, ordnete Roth an.": after a
// main clause of its own, a clause that opens with its finite verb and
// ends the sentence with its subject (and only adverbs or a particle
// after it) is a parenthetical frame, the place of a verb of saying or of
// thinking; its subject is the claimant whatever the verb, which the
// lexicon may not know. The main clause is the whole of the sentence
// before the frame's comma (no other comma) and does not open with a
// subordinating conjunction, a w-word or a verb ("Wenn Sturm ist, ruft
// der Hafenmeister an.", "Was nachts passiert, erfahren Anwohner nie.",
// "Sinken die Löhne, gewinnt die Konkurrenz.": there the clause after the
// comma is the main clause).

// trailingFrameDE returns the subject of a parenthetical frame closing the
// unit (see above): a person the text knows, by its name, a tail of it or
// its first word alone (headPersonDE), else the capitalised words
// after the verb and its article ("die Wissenschaftler"), or without an
// article a group of groupNounsDE ("Analysten"); "" when there is none.
func (d *docState) trailingFrameDE(toks []token, text string) string {
	n := len(toks)
	if n < 5 || toks[n-1].p != '.' {
		return "" // the fewest tokens: a word, the comma, the verb, its subject, the stop
	}
	k := frameCommaDE(toks)
	if k < 2 || subordinateOpenDE(toks[0].low) || verbFirstDE(toks) {
		return ""
	}
	v := k + 1
	if !frameVerbDE(&toks[v]) || subordinateOpenDE(toks[v].low) {
		return "" // "…, damit sich der Kai füllt": a subordinate clause
	}
	s := v + 1
	if toks[s].low == "sich" {
		s++ // "erinnerte sich Roth"
	}
	article := s < n && toks[s].cat&cDet != 0
	if article {
		s++ // "stellten die Forscher fest"
	}
	e := s
	for e < n-1 && capWord(&toks[e]) {
		e++
	}
	if e == s || !frameTailDE(toks[e:n-1]) {
		return ""
	}
	if p := d.personRunDE(toks, text, s, e); p >= 0 {
		return d.people[p].name
	}
	if who := d.headPersonDE(text[toks[s].s:toks[e-1].e]); !article && who != "" {
		return who // "ordnete Li an" after "Li Wen"
	}
	if !article && !groupNounDE(toks[e-1].low) {
		return "" // "…, fürchten Anwohner.": a bare plural is a source as a group of groupNounsDE only
	}
	return text[toks[s].s:toks[e-1].e]
}

// frameCommaDE returns the index of the unit's only comma, -1 when it has
// none or more than one, or another mark that divides clauses (a colon, a
// semicolon, a dash).
func frameCommaDE(toks []token) int {
	k := -1
	for i := range toks {
		switch toks[i].p {
		case ',':
			if k >= 0 {
				return -1
			}
			k = i
		case ':', ';', '-', 0xe2: // 0xe2: the first byte of "–" and "—"
			return -1
		}
	}
	if k+2 >= len(toks) {
		return -1
	}
	return k
}

// subordinateOpenDE reports whether a sentence opening with w opens with a
// subordinate clause: a subordinating conjunction (subordinatorDE) or a
// word that opens one ("dass", "als", "wie", a w-word).
func subordinateOpenDE(w string) bool {
	if subordinatorDE(w) {
		return true
	}
	switch w {
	case "dass", "als", "wie", "was", "wer", "wen", "wem", "wessen", "warum", "weshalb", "wieso", "seit", "seitdem",
		"sobald", "solange", "sofern", "indem", "ehe", "bis", "je", "um", "ohne", "statt", "anstatt":
		return true
	}
	return false
}

// verbFirstDE reports whether the sentence opens with a verb before its
// subject, a clause of condition ("Sinken die Löhne, gewinnt die
// Konkurrenz.", "Bestätigt sich der Befund, droht eine Sperre."): an
// article or "sich" second, after a first word that is no preposition and
// no function word.
func verbFirstDE(toks []token) bool {
	return (toks[1].cat&cDet != 0 || toks[1].low == "sich") && toks[0].cat&(cNotName|cStopDE|cDet) == 0 && !prepositionDE(toks[0].low)
}

// frameVerbDE reports whether t can be the finite verb of a frame: a
// lower-case word of a finite verb's ending (-t, -te, -ten, -en) that no
// class of the lexicon marks as a function word, an auxiliary, a modal or
// an adverb ("…, ist die Frage", "…, dagegen Kitas").
func frameVerbDE(t *token) bool {
	if !lowerWord(t) || t.cat&notVerbCats != 0 || adverbDE[t.low] || adverbsOpenDE[t.low] {
		return false
	}
	return strings.HasSuffix(t.low, "t") || strings.HasSuffix(t.low, "te") || strings.HasSuffix(t.low, "en")
}

// frameTailDE reports whether the words after a frame's subject are only
// lower-case words that are neither articles nor prepositions: adverbs
// and a verb's particle ("bereits an", "nun fest"), no object.
func frameTailDE(toks []token) bool {
	for i := range toks {
		t := &toks[i]
		if !lowerWord(t) || t.cat&cDet != 0 || prepositionDE(t.low) && i < len(toks)-1 {
			return false
		}
	}
	return true
}

// headPersonDE returns the one person the text knows whose name of two
// words or more opens with the single word w ("Li" of "Li Wen": a
// surname written first); "" when there is none or more than one.
func (d *docState) headPersonDE(w string) string {
	if strings.IndexByte(w, ' ') >= 0 {
		return ""
	}
	who := ""
	for _, p := range d.people {
		first, rest, ok := strings.Cut(p.name, " ")
		if !ok || first != w || !plainName(rest) {
			continue
		}
		if who != "" && who != p.name {
			return "" // several
		}
		who = p.name
	}
	return who
}
