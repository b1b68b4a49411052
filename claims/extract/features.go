package extract

import (
	"math"
	"strings"
)

// analyze computes the features of one unit from its tokens.
func analyze(text string, toks []token, lang string, a *analysis) {
	de := lang == "de"
	ph := phrasesEN
	if de {
		ph = phrasesDE
	}
	findAttribution(toks, text, de, a)
	var buf []byte
	aux, entityCount := false, 0
	modal := false // a modal, future or "zu" earlier in the clause
	for i := range toks {
		if toks[i].cat&cAux != 0 {
			aux = true
		}
	}
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if t.is(tPunct) {
			if t.p == ',' || t.p == ';' || t.p == ':' {
				modal = false
			}
			if t.p >= 0xf0 { // emoji: 😂 👎
				a.set(fEval, 1, text[t.s:t.e])
			}
			continue
		}
		if i > 0 && (toks[i-1].p == '@' || toks[i-1].p == '#') && toks[i-1].e == t.s {
			continue // a handle or hashtag: @USER, #Repost
		}
		a.words++
		content := i < a.skipFrom || i >= a.skipTo
		c := t.cat
		word := text[t.s:t.e]
		// Two-word phrases.
		if c&cPhrase != 0 && i+1 < len(toks) && !toks[i+1].is(tPunct) {
			buf = append(append(append(buf[:0], t.low...), ' '), toks[i+1].low...)
			if pc := ph[string(buf)]; pc != 0 {
				pe := text[t.s:toks[i+1].e]
				switch {
				case pc&cOpinion != 0:
					a.set(fOpinion, 1, pe)
				case pc&cAccording != 0:
					a.set(fAttrib, 1, pe)
				case pc&cCompar != 0 && content:
					a.set(fCompare, 1, pe)
				case pc&cSuper != 0 && content:
					a.set(fCompare, 1, pe)
				case pc&cFuture != 0:
					a.set(fFuture, 1, pe)
				case pc&cDiscourse != 0:
					a.set(fDiscourse, 1, pe)
				case pc&cStat != 0 && content:
					a.set(fExist, 1, pe)
				}
			}
		}
		if t.is(tNum) {
			if content {
				numberToken(text, toks, i, de, a)
			}
			continue
		}
		capital := t.is(tCap) && i > 0 && !startsClause(toks, i) && !(t.is(tAllCap) && t.e-t.s > 5 && !acronyms[word])
		if content {
			if t.is(tAllCap) && acronyms[word] || t.is(tCap) && (c&cPlace != 0 || de && genitivePlace(t.low)) || hyphenAcronym(word) {
				a.entities = appendUniq(a.entities, word)
				entityCount++
			} else if (c&(cNameM|cNameF) != 0 && t.is(tCap) || c&cRole != 0 && t.is(tCap)) && i+1 < len(toks) && toks[i+1].is(tCap) {
				j := capRun(toks, text, i+1, de)
				if c&cRole != 0 {
					i++
				}
				a.entities = appendUniq(a.entities, text[toks[i].s:toks[j-1].e])
				entityCount++
				i = j - 1
				continue
			} else if capital && c&(cNotName|cRole|cNumWord|cMonth|cWeekday) == 0 {
				j := capRun(toks, text, i, de)
				if de && j-i >= 2 {
					// German capitalises every noun: keep only the places
					// of a run ("Krise Zentralasien"), else the whole run.
					places := 0
					for k := i; k < j; k++ {
						if toks[k].cat&cPlace != 0 || acronyms[text[toks[k].s:toks[k].e]] {
							a.entities = appendUniq(a.entities, text[toks[k].s:toks[k].e])
							places++
						}
					}
					if places == 0 {
						a.entities = appendUniq(a.entities, text[t.s:toks[j-1].e])
					}
					entityCount++
					i = j - 1
					continue
				}
				if j-i >= 2 || !de && c == 0 {
					a.entities = appendUniq(a.entities, text[t.s:toks[j-1].e])
					entityCount++
					i = j - 1
					continue
				}
			}
		}
		switch {
		case c&cMonth != 0 && (de || t.is(tCap)):
			if content {
				s := t.s
				if i >= 2 && toks[i-1].low == "" && text[toks[i-1].s] == '.' && toks[i-2].is(tNum) {
					s = toks[i-2].s
				}
				a.dates = appendUniq(a.dates, text[s:t.e])
				a.set(fDate, 1, text[s:t.e])
			}
			continue
		case c&(cWeekday|cRelDate) != 0 && content:
			s := t.s
			if i > 0 && (toks[i-1].low == "am" || toks[i-1].low == "on") {
				s = toks[i-1].s
			}
			a.dates = appendUniq(a.dates, text[s:t.e])
			a.set(fDate, 1, text[s:t.e])
		case c&cPastAdj != 0 && i+1 < len(toks) && toks[i+1].cat&cTimeNoun != 0 && content:
			ev := text[t.s:toks[i+1].e]
			a.dates = appendUniq(a.dates, ev)
			a.set(fDate, 1, ev)
		}
		if c&cNumWord != 0 && content && !(de && t.low == "beiden") {
			a.numbers = appendUniq(a.numbers, word)
			a.add(fNumber, word)
		}
		if c&cUnit != 0 && content && i > 0 && (toks[i-1].is(tNum) || toks[i-1].cat&cNumWord != 0) {
			a.set(fQuantity, 1, text[toks[i-1].s:t.e])
		}
		if content && (isEventVerb(toks, i, de, aux, modal) || de && (t.low == "wurde" || t.low == "wurden" || t.low == "worden")) {
			ev := word
			if i+1 < len(toks) && (toks[i+1].low == "sich" || toks[i+1].low == "ab") {
				ev = text[t.s:toks[i+1].e]
			}
			a.add(fEvent, ev)
		}
		if content && c&cStat != 0 {
			a.add(fStat, word)
		}
		if content && (c&cSuper != 0 || isSuperlative(t, de) || c&cCompar != 0 && followedBy(toks, i, de)) {
			a.set(fCompare, 1, word)
		}
		if content && c&cLegal != 0 {
			a.add(fLegal, word)
		}
		if de && c&cKonj1 != 0 {
			a.set(fReported, 1, word)
		}
		if content && c&cTopic != 0 {
			a.add(fTopic, word)
		}
		if content && c&cCausal != 0 {
			a.set(fCausal, 1, word)
		}
		if c&cSource != 0 {
			a.set(fSource, 1, word)
		}
		if t.low == "http" || t.low == "https" || strings.HasPrefix(t.low, "www.") {
			a.set(fLink, 1, word)
		}
		if c&cOpinionAdv != 0 {
			a.set(fOpinion, 1, word)
		}
		if c&cOpinion != 0 && nearFirstPerson(toks, i) {
			a.set(fOpinion, 1, word)
		}
		if c&cFirstSing != 0 && (de || t.low != "i" || word == "I") {
			a.set(fFirstSing, 1, word)
		}
		if c&cFirstPl != 0 && (t.low != "us" || word == "us") {
			a.set(fFirstPl, 1, word)
		}
		if c&cSecond != 0 || de && word == "Sie" && capital {
			a.set(fSecond, 1, word)
		}
		if c&cModal != 0 && !(t.low == "may" && capital) {
			a.set(fModal, 1, word)
		}
		if c&cFuture != 0 {
			a.set(fFuture, 1, word)
		}
		if c&cEval != 0 {
			a.set(fEval, 1, word)
		}
		if c&cDiscourse != 0 && (a.words <= 2 || isLaughter(t.low)) {
			a.set(fDiscourse, 1, word)
		}
		if c&(cModal|cFuture) != 0 || t.low == "zu" {
			modal = true
		}
	}
	if entityCount > 0 {
		a.set(fEntity, 1-math.Pow(1.0/3, float64(entityCount)), a.entities[0])
	}
	for _, i := range a.attrib {
		a.set(fAttrib, 1, text[toks[i].s:toks[i].e])
	}
	quotes := 0
	for i := range toks {
		if toks[i].is(tQuote) && text[toks[i].s] != '\'' && !strings.HasPrefix(text[toks[i].s:], "’") {
			quotes++
		}
	}
	if quotes > 0 {
		ev := "“…”"
		if de {
			ev = "„…“"
		}
		a.set(fQuote, 1, ev)
	}
	a.x[fLength] = math.Min(math.Log1p(float64(a.words))/math.Log(121), 1)
	if a.words >= 50 {
		a.set(fLong, 1, itoa(a.words)+" words")
	}
	if a.words <= 3 {
		a.set(fShort, 1, itoa(a.words)+" words")
	}
	segments(toks, a)
	hard := 0.0
	for _, f := range [...]int{fNumber, fQuantity, fDate, fEvent, fStat, fCompare, fLegal, fCausal, fExist, fLink} {
		hard += a.x[f]
	}
	if hard == 0 && a.words > 0 {
		a.set(fNoFact, 1, "no number, date, event or rule")
	}
}

// segments looks at the sentences inside a unit (several in a comment, one
// in a sentence unit): the share that are questions, exclamations, and
// plain statements (six words or more, no first or second person).
func segments(toks []token, a *analysis) {
	var n, q, ex, plain float64
	words, personal := 0, false
	flush := func(end byte) {
		if words == 0 {
			return
		}
		n++
		switch {
		case end == '?':
			q++
		case end == '!':
			ex++
		case words >= 6 && !personal:
			plain++
		}
		words, personal = 0, false
	}
	for i := range toks {
		t := &toks[i]
		switch {
		case t.p == '?' || t.p == '!' || t.p == '.':
			flush(t.p)
		case t.is(tWord | tNum):
			words++
			if t.cat&(cFirstSing|cFirstPl|cSecond) != 0 {
				personal = true
			}
		}
	}
	flush(0)
	if n == 0 {
		return
	}
	if q > 0 {
		a.set(fQuestion, q/n, "?")
	}
	if ex > 0 {
		a.set(fExclaim, ex/n, "!")
	}
	if plain > 0 {
		a.set(fStatement, plain/n, "")
	}
}

// lastMark returns the final punctuation of text, ignoring closing quotes.
func lastMark(text string) byte {
	for i := len(text) - 1; i >= 0; i-- {
		c := text[i]
		switch {
		case c == '.' || c == '?' || c == '!':
			return c
		case c == '"' || c == ')' || c == ' ' || c >= 0x80:
			continue
		default:
			return c
		}
	}
	return 0
}

// maxDetails caps the entities, dates and numbers kept per unit.
const maxDetails = 24

func appendUniq(list []string, s string) []string {
	if len(list) >= maxDetails {
		return list
	}
	for _, v := range list {
		if v == s {
			return list
		}
	}
	return append(list, s)
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// genitivePlace recognises German genitives of places: Kasachstans, Russlands.
func genitivePlace(low string) bool {
	return len(low) > 4 && low[len(low)-1] == 's' && lexDE[low[:len(low)-1]]&cPlace != 0
}

func isLaughter(low string) bool {
	return low == "lol" || strings.HasPrefix(low, "haha") || strings.HasPrefix(low, "hihi")
}
