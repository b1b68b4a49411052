package extract

import "strings"

// Speakers named after their verb of saying with words between the verb
// and the name, and offices written with "of" before a name.

// describedAfterEN finds the English speaker after a verb of saying v that
// follows a quotation or comma when lower-case words describe the speaker
// before the name ("…,” said aviation analyst Justin Green.", "…,” said
// Republican pollster Ann Lee."). The name must end the clause (see
// invertedEnd), so "said the plan would …" names nobody.
func (d *docState) describedAfterEN(toks []token, text string, v int, lex lexicon) string {
	if v == 0 || !toks[v-1].is(tPunct) || topicAfterEN(toks, v) || objectAfterVerbEN(toks, v) {
		return "" // "…,” Ann Lee said of the mayor": the topic; "…, defended the Harbor Act": an object (claimant_en_objectverb.go)
	}
	for k := v + 1; k < len(toks) && k <= v+4; k++ {
		t := &toks[k]
		if t.is(tPunct) || t.is(tNum) || t.cat&(cAux|cSpeech|cPronM|cPronF|cFirstSing|cFirstPl|cSecond|cAccording) != 0 {
			return ""
		}
		if t.is(tCap) {
			if k == v+1 && k+1 < len(toks) && toks[k+1].flags&(tCap|tPunct|tNum) == 0 {
				continue // an adjective or title before a role: "said Republican pollster …"
			}
			if k == v+1 || !invertedEnd(toks, k) {
				return ""
			}
			return d.nameAt(toks, text, k, false, lex, false, false)
		}
		if t.low == "that" || t.low == "it" || t.low == "to" || !t.is(tCap) && t.cat&cDet == 0 && t.low != "of" && !roleWordEN(t) {
			return "" // "said that …", "said it would …", "wrote on Twitter"
		}
	}
	return ""
}

// invertedEnd reports whether the capitalised words from token i (a name
// after its verb) end the clause: punctuation or the end follows, or a
// preposition that opens where or when it was said ("said Ann Lee at a
// rally", "said Professor Tilly at the university").
func invertedEnd(toks []token, i int) bool {
	j := i
	for j < len(toks) && (toks[j].is(tCap) && !toks[j].is(tPunct) || j > i && particleWordEN(toks, j)) {
		j++ // "said Karim al-Nadiri, …"
	}
	if j == i {
		return false
	}
	if j == len(toks) || toks[j].is(tPunct) {
		return !openingQuoteAt(toks, j) // not "said Brook “did fine”"
	}
	switch toks[j].low {
	case "at", "in", "on", "during", "after", "before", "from", "of", "with", "to", "as", "when", "while":
		return true
	}
	return false
}

// adverbDE are German sentence adverbs that may stand between an inverted
// verb of saying and its subject ("So berichtet beispielsweise Franz
// Huber", "erzählt wiederum Daniel Roth"): a closed class of function
// words.
var adverbDE = map[string]bool{
	"auch": true, "etwa": true, "beispielsweise": true, "wiederum": true, "zudem": true, "jedoch": true,
	"aber": true, "dagegen": true, "indes": true, "allerdings": true, "nun": true, "jetzt": true,
	"ebenfalls": true, "außerdem": true, "dann": true, "daher": true, "deshalb": true, "schließlich": true,
	"bereits": true, "schon": true, "noch": true, "weiter": true, "weiterhin": true, "inzwischen": true,
	"mittlerweile": true, "hingegen": true, "sogar": true, "selbst": true, "ebenso": true, "gleichwohl": true,
}

// adverbSubjectDE finds the German subject after a verb of saying v when
// sentence adverbs stand between them ("berichtet beispielsweise Franz
// Huber", "betont zum Beispiel Ministerpräsident Jan Roth").
func (d *docState) adverbSubjectDE(toks []token, text string, v int, lex lexicon) string {
	k := v + 1
	for n := 0; n < 3 && k < len(toks); n++ {
		switch {
		case adverbDE[toks[k].low]:
			k++
		case toks[k].low == "zum" && k+1 < len(toks) && toks[k+1].low == "beispiel",
			toks[k].low == "unter" && k+1 < len(toks) && toks[k+1].low == "anderem":
			k += 2
		}
	}
	if k == v+1 || k >= len(toks) {
		return ""
	}
	return d.nameAt(toks, text, k, true, lex, false, false)
}

// officeOfEnd returns where an office written with "of" or "for" ends
// before a name: for the role at token r followed by "of"/"for" (German
// "für", its remit perhaps joined by "und" and with lower-case adjectives:
// remitLinkDE) and capitalised words ("Secretary of Labor Tom Alder",
// "Minister for Health Ann Lee", "EU-Kommissar für Erweiterung und
// europäische Nachbarschaftspolitik Štefan Füle"), the token where the name starts: the last two words of
// a run of three or more, or a known person's name at the run's end; -1 if
// there is none.
func (d *docState) officeOfEnd(toks []token, text string, r int, de bool) int {
	n := r + 1
	if n+1 >= len(toks) || toks[n].low != "of" && toks[n].low != "for" && !(de && toks[n].low == "für") {
		return -1
	}
	i := n + 1
	j := i
	for j < len(toks) && j-i < 6 && (toks[j].is(tCap) && !toks[j].is(tPunct) || de && j > i && remitLinkDE(toks, j)) {
		j++
	}

	for k := j - 2; k < j; k++ {
		if k > i {
			if _, ok := d.lookup(text[toks[k].s:toks[j-1].e]); ok {
				return k
			}
		}
	}
	if j-i >= 3 && toks[j-3].is(tCap) && toks[j-2].is(tCap) && toks[j-1].is(tCap) { // not a link word of a German remit (remitLinkDE)
		return j - 2
	}
	return -1
}

// verbGroupStartEN returns where the English verb group of the verb of
// saying v starts: before adverbs ("she later said", "Ann Lee also
// told"), at most two words back; v itself when none stands there. An
// auxiliary of the perfect is not skipped: "has said", "had vowed" in
// narration were labelled without a claimant more often than with one
// (training articles); "do" before a base form is ("did not say":
// auxSpeechStartEN).
func verbGroupStartEN(toks []token, v int) int {
	if a := auxSpeechStartEN(toks, v); a >= 0 {
		v = a // "Ann Lee did not say": the group starts at the auxiliary
	}
	k := v
	for k > 1 && v-k < 2 {
		t := &toks[k-1]
		if t.is(tCap) || t.is(tPunct) || !strings.HasSuffix(t.low, "ly") && !adverbEN[t.low] && !floatingQuantifierEN(toks, k-1) || lyNounEN(toks, k-1) {
			break
		}
		k--
	}
	return k
}

// adverbEN are English adverbs of time and focus that stand between a
// subject and its verb ("he later said", "she also told"): a closed class.
var adverbEN = map[string]bool{
	"also": true, "later": true, "then": true, "again": true, "once": true, "still": true, "never": true,
	"often": true, "since": true, "previously": true, "recently": true, "repeatedly": true, "first": true,
	"meanwhile": true, "too": true, "now": true, "earlier": true, "today": true, "tonight": true,
}

// passiveEN reports whether the English verb of saying v is a passive
// participle: a form of "be" stands before it, perhaps with an adverb
// between ("was asked", "has been criticized", "is widely said").
func passiveEN(toks []token, v int) bool {
	if progressiveVerbAtEN(toks, v) {
		return false // "is criticizing": a progressive (claimant_en_progressive.go)
	}
	for k := v - 1; k >= 0 && v-k <= 2; k-- {
		switch toks[k].low {
		case "is", "was", "were", "are", "be", "been", "being", "get", "got":
			return true
		}
		if !strings.HasSuffix(toks[k].low, "ly") && !adverbEN[toks[k].low] {
			return false
		}
	}
	return false
}

// colonSpeaker returns the speaker named before a colon that opens the
// unit, as interviews and transcripts mark turns ("Ann Lee: Das war …",
// "Whitley: We knew …"): one to four capitalised words, none all in
// capitals, that name a person the text named in full before (an
// interview introduces its guest), and three tokens or more
// after the colon; "" otherwise, so that "FILE PHOTO: …", a journalist's
// "LEE: …" in a transcript or a headline "Lee: Keep it" name
// nobody.
func (d *docState) colonSpeaker(toks []token, text string) string {
	k := 0
	for k < len(toks) && k < 5 && toks[k].flags&(tCap|tPunct|tAllCap) == tCap && toks[k].cat&(cDet|cNotName) == 0 {
		k++
	}
	if k == 0 || k >= len(toks) || toks[k].p != ':' || len(toks)-k <= 3 {
		return ""
	}
	if i, ok := d.byKey[text[toks[0].s:toks[k-1].e]]; ok && i < d.before && strings.IndexByte(d.people[i].name, ' ') > 0 {
		return d.people[i].name
	}
	return ""
}

// firstPersonQuoted reports whether a first-person word of the unit stands
// inside double quotation marks: a quoted speaker's own words, not the
// author's "I" in a column.
func firstPersonQuoted(toks []token, text string) bool {
	quoted := false
	for i := range toks {
		t := &toks[i]
		if doubleQuote(t, text) {
			quoted = !quoted
			continue
		}
		if quoted && t.cat&(cFirstSing|cFirstPl) != 0 {
			return true
		}
	}
	return false
}

// personOfPlaceEN returns the person before "of" when the capitalised
// words toks[k:e] before an English verb of saying end in "of" and a place
// after a person ("Tim Scott of South Carolina said") or after a party in
// parentheses ("Sen. Ron Wyden (D) of Oregon told"); "" otherwise, so that
// "University of Michigan" stays one name.
func (d *docState) personOfPlaceEN(toks []token, text string, k, e int) string {
	for i := k; i < e; i++ {
		if toks[i].low != "of" || i == k {
			continue
		}
		if p, ok := d.lookup(text[toks[k].s:toks[i-1].e]); ok && strings.IndexByte(p.name, ' ') > 0 {
			return p.name
		}
		return ""
	}
	// "… Ron Wyden (D) of Oregon": k is the place, "of" and ")" before it
	if k >= 4 && toks[k-1].low == "of" && toks[k-2].p == ')' {
		j := k - 3
		for j > 0 && k-j < 6 && toks[j].p != '(' {
			j--
		}
		if toks[j].p == '(' && j > 0 && toks[j-1].is(tCap) && !toks[j-1].is(tPunct) {
			n := j - 1
			for n > 0 && j-n < 3 && toks[n-1].is(tCap) && !toks[n-1].is(tPunct) {
				n--
			}
			if p, ok := d.lookup(text[toks[n].s:toks[j-1].e]); ok {
				return p.name
			}
			if p, ok := d.lookup(text[toks[j-1].s:toks[j-1].e]); ok {
				return p.name
			}
		}
	}
	return ""
}

// remitLinkDE reports whether the lower-case word at j links the words of
// a German remit between capitalised words: "und", or a declined adjective
// before a capitalised word ("für Erweiterung und europäische
// Nachbarschaftspolitik").
func remitLinkDE(toks []token, j int) bool {
	if j+1 >= len(toks) || !capWord(&toks[j+1]) || toks[j-1].is(tPunct) {
		return false
	}
	return toks[j].low == "und" || toks[j].cat == 0 && !toks[j].is(tCap) && declinedAdjectiveDE(toks[j].low)
}
