package extract

import "strings"

// English described sources: a person or body the text does not name but
// describes, with an indefinite article ("A senior U.S. official said",
// "…,” said a longtime adviser to the mayor."), kept as written; a later
// "the official said" refers back to it.

// indefiniteEN reports whether w (lower case) is an English indefinite
// determiner that opens a described source: "a", "an", "one", "another".
func indefiniteEN(w string) bool {
	switch w {
	case "a", "an", "one", "another":
		return true
	}
	return false
}

// describedEN reports whether claimant c is a described source: it opens
// with an indefinite determiner and holds a lower-case word ("A U.S.
// official"), so the clean-up of names (titles, stray words) leaves it.
func describedEN(c string) bool {
	k := strings.IndexByte(c, ' ')
	if k < 0 || !foldIn(c[:k], "a", "an", "one", "another") {
		return false
	}
	for i := k; i+1 < len(c); i++ {
		if c[i] == ' ' && c[i+1] != ' ' && !upperFirst(c[i+1:]) {
			return true
		}
	}
	return false
}

// describedBeforeEN returns the described source that is the subject of
// the English verb of saying v: an indefinite determiner that opens the
// clause (the unit's start, after punctuation, "but" or "as"), then at
// most nine words without punctuation (an abbreviation's stops aside:
// abbrevStopEN), verb or pronoun up to the verb
// (adverbs and an auxiliary between them left out): "A senior U.S. official
// said", "…, one Clinton aide said late last month".
func describedBeforeEN(toks []token, text string, v int) string {
	if toks[v].low == "asked" || toks[v].low == "asks" {
		return "" // "A reporter asked": a question, no claim
	}
	e := verbGroupStartEN(toks, v)
	for e > 1 && toks[e-1].cat&cAux != 0 && v-e < 3 {
		e--
	}
	e = dateBeforeVerbEN(toks, e) // "A state judge on Friday said" (claimant_en_datebefore.go)
	if c := insertedClauseEN(toks, e); c >= 0 {
		e = c // "A senior official, speaking on condition of anonymity, said" (claimant_en_insertedclause.go)
	}
	for s := e - 1; s >= 0 && e-s <= 10; s-- {
		t := &toks[s]
		if t.is(tPunct) && !gluedPunct(toks, s) && !abbrevStopEN(toks, s) || t.cat&(cAux|cModal|cSpeech|cPronM|cPronF) != 0 {
			return ""
		}
		if !indefiniteEN(t.low) {
			continue
		}
		if s > 0 && !toks[s-1].is(tPunct) && !foldIn(toks[s-1].low, "but", "as") {
			return ""
		}
		if e-s < 2 || !describedPhraseEN(toks, s+1, e) {
			return ""
		}
		return text[t.s:toks[e-1].e]
	}
	return ""
}

// describedPhraseEN reports whether toks[a:b], the words after the
// determiner, read as one described source: no clause word ("who", "that",
// "what", "and" unless inside a body's name: andInNameEN) or subject pronoun ("it", "they", "we"), no word ending in -ed (a participle: "a poll released Thursday",
// "an analysis conducted by …": the name after "by" is found otherwise;
// one with "in" or "with" after it places the source: participleInEN)
// and no "by", and not ending in a name of two capitalised words or more
// ("A more optimistic President Ann Lee said": her name is found
// otherwise) unless a preposition places the source with that name
// (affiliatedNameEN).
func describedPhraseEN(toks []token, a, b int) bool {
	for i := a; i < b; i++ {
		if toks[i].low == "and" && andInNameEN(toks, i, a, b) {
			continue // "A Customs and Border Protection official" (claimant_en_describedand.go)
		}
		switch t := &toks[i]; t.low {
		case "who", "that", "which", "whose", "what", "it", "they", "we", "and", "or", "by", "some", "their", "his", "her", "its":
			return false
		default:
			if !t.is(tCap) && len(t.low) > 4 && strings.HasSuffix(t.low, "ed") && !participleInEN(toks, i, b) {
				return false
			}
		}
	}
	return !(b-a >= 2 && toks[b-1].is(tCap) && toks[b-2].is(tCap) && !toks[b-2].is(tPunct)) || affiliatedNameEN(toks, a, b)
}

// participleInEN reports whether the participle at i, inside the words
// toks[:b] of a described source, takes "in" or "with" after it ("a source
// involved in the plan", "an aide engaged with the talks"): it places the
// source like "close to" does, unlike "a poll released Thursday".
func participleInEN(toks []token, i, b int) bool {
	return i+1 < b && (toks[i+1].low == "in" || toks[i+1].low == "with")
}

// affiliatedNameEN reports whether the capitalised words that end
// toks[a:b] follow a preposition of affiliation inside it ("a spokesman
// for the Harbor Police Department", "an official from the Harbor
// Health Department", "a longtime adviser to Ann Lee"): the name places
// the described source, it is not the subject's own name.
func affiliatedNameEN(toks []token, a, b int) bool {
	s := capRunStart(toks, b)
	if s > a && toks[s-1].cat&cDet != 0 {
		s--
	}
	return s > a && foldIn(toks[s-1].low, "for", "of", "at", "from", "with", "to")
}

// addresseeVerbEN reports whether the English verb w takes the person
// spoken to after it ("told a rally", "asked a reporter"): what follows it
// is no speaker.
func addresseeVerbEN(w string) bool {
	switch w {
	case "told", "tells", "tell", "asked", "asks", "ask", "adds", "added":
		return true
	}
	return false
}

// describedAfterVerbEN returns the described source after an English verb
// of saying that follows a quotation or comma ("…,” said a neighbour in
// the street, who …"): from the determiner to a punctuation mark, "who"
// or a participle ("…, said one source who asked …", "wrote one
// supporter, tweeting …"); "that" or "which" make it an object
// ("proposed a change that …"), and the listener after "told" is none.
func describedAfterVerbEN(toks []token, text string, v int) string {
	s := v + 1
	if v == 0 || !toks[v-1].is(tQuote) && toks[v-1].p != ',' || s+1 >= len(toks) || !indefiniteEN(toks[s].low) || addresseeVerbEN(toks[v].low) || objectAfterVerbEN(toks, v) {
		return ""
	}
	if insertedClauseEN(toks, v) >= 0 {
		return "" // "Ann Lee, who runs the pier, said a valve broke": what was said (claimant_en_insertedclause.go)
	}
	if appositionSubjectEN(toks, v) {
		return "" // "Its spokesman, Emmett Dray, said a similar law …": what was said (claimant_en_apposubject.go)
	}
	e := s + 1
	for e < len(toks) && e-s < 10 {
		t := &toks[e]
		if t.is(tPunct) && !gluedPunct(toks, e) || t.cat&(cAux|cModal|cSpeech) != 0 {
			break
		}
		if t.low == "that" || t.low == "which" {
			return "" // "proposed a change that …": an object
		}
		if t.low == "who" || t.low == "whose" || len(t.low) > 5 && strings.HasSuffix(t.low, "ing") {
			break
		}
		e++
	}
	if e == s+1 || e-s >= 10 || !describedPhraseEN(toks, s+1, e) {
		return ""
	}
	return text[toks[s].s:toks[e-1].e]
}

// noteDescribedEN remembers a described source by its head noun
// ("official" for "a senior U.S. official", "aide" for "one aide to the
// mayor", "official" for "one of the officials"), for a later "the
// official said".
func (d *docState) noteDescribedEN(c string) {
	words := strings.Fields(c)[1:]
	head := ""
	if len(words) > 1 && words[0] == "of" {
		head = strings.TrimSuffix(strings.ToLower(words[len(words)-1]), "s")
	} else {
		for _, w := range words {
			if describedStopEN(w) {
				break
			}
			head = strings.ToLower(w)
		}
	}
	if head == "" {
		return
	}
	if d.descEN == nil {
		d.descEN = map[string]string{}
	}
	d.descEN[head] = c
}

// describedStopEN reports whether w ends the words of a described source
// before its head noun's complements ("adviser to …", "source close to …").
func describedStopEN(w string) bool {
	switch w {
	case "of", "for", "to", "at", "from", "with", "in", "on", "close", "familiar", "involved", "who":
		return true
	}
	return false
}

// describedRefEN returns the described source a definite "the official" or
// "this source" refers to, before the English verb of saying v ("…,” the
// official added") or right after it ("…,” said the official."), "" when
// the text described none with that head noun.
func (d *docState) describedRefEN(toks []token, v int) string {
	if len(d.descEN) == 0 {
		return ""
	}
	if k := verbGroupStartEN(toks, v); k >= 2 && definiteEN(toks[k-2].low) && !toks[k-1].is(tCap) {
		if c := d.descEN[toks[k-1].low]; c != "" {
			return c
		}
	}
	if v > 0 && toks[v-1].is(tPunct) && v+2 < len(toks) && definiteEN(toks[v+1].low) && !toks[v+2].is(tCap) && (v+3 == len(toks) || toks[v+3].is(tPunct)) {
		return d.descEN[toks[v+2].low]
	}
	return ""
}

func definiteEN(w string) bool {
	return w == "the" || w == "this" || w == "that"
}

// accordingEN returns the source after the English "according to" (token
// v) that nameAt did not find: a pronoun resolved to its person
// ("according to her"), the name after "from" or "by" ("data from the
// FBI", "a poll by Gallup"), none for a bare singular noun without a
// determiner ("according to precedent", "according to the rule of law" is
// no source either), else accordingPhraseEN's phrase.
func (d *docState) accordingEN(toks []token, text string, v int) string {
	s := v + 2
	if v+1 >= len(toks) || toks[v+1].low != "to" || s >= len(toks) {
		return ""
	}
	switch toks[s].low {
	case "him", "her":
		if s+1 == len(toks) || toks[s+1].is(tPunct) {
			g := byte('m')
			if toks[s].low == "her" {
				g = 'f'
			}
			return d.resolvePronoun(g, false)
		}
	}
	for e := s; e+1 < len(toks) && !toks[e].is(tPunct); e++ {
		if toks[e].low == "from" || toks[e].low == "by" { // "data from the FBI", "an analysis by the Pew Research Center"
			k := e + 1
			if toks[k].cat&cDet != 0 && k+1 < len(toks) {
				k++
			}
			if toks[k].flags&(tCap|tPunct) == tCap {
				return text[toks[k].s:toks[capRun(toks, text, k, false)-1].e] // "data from the FBI"
			}
			if body := describedBodyAtEN(toks, text, e+1); body != "" {
				return body // "data from the national statistics office released on Thursday" (claimant_en_frombody.go)
			}
		}
	}
	if who := d.accordingRoleEN(toks, s, d.unit.lex); who != "" {
		return who // "according to his lawyer": the lawyer the text named
	}
	phrase := accordingPhraseEN(toks, text, v)
	if phrase == "" {
		return ""
	}
	if toks[s].cat&cDet == 0 && !indefiniteEN(toks[s].low) && !possessive[toks[s].low] && !pluralHeadEN(toks, s) {
		return "" // "according to postwar precedent for incumbents"
	}
	if name := d.accordingApposEN(toks, text, s); name != "" {
		return name // "according to the city's finance director, Ann Lee,"
	}
	if name := accordingApposBodyEN(toks, text, s); name != "" {
		return name // "according to their union, Drivers United" (claimant_en_accordingapposbody.go)
	}
	if name := d.accordingBodyEN(toks, s, phrase); name != "" {
		return name // "according to the commission": the Harbor Safety Commission named before (claimant_en_nounbody.go)
	}
	return phrase
}

// pluralHeadEN reports whether the noun phrase from token s, up to its
// first preposition or punctuation, may name a source without a
// determiner: a word in it ends in "s" or is a plural without one
// ("campaign finance reports", "people close to the talks"), or one is
// capitalised ("fuel information service Gas Buddy").
func pluralHeadEN(toks []token, s int) bool {
	for e := s; e < len(toks) && !toks[e].is(tPunct) && !describedStopEN(toks[e].low) && toks[e].low != "by"; e++ {
		switch t := &toks[e]; {
		case t.is(tCap), strings.HasSuffix(t.low, "s"), t.low == "people", t.low == "police", t.low == "staff", t.low == "media":
			return true
		}
	}
	return false
}
