package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Clean-up of claimant names and the attribution patterns beside the
// speech verbs.

// claimantName cleans a claimant: a possessive ("Bush’s") or a date is
// none; titles before a name go ("Sheriff Alex Villanueva" → "Alex
// Villanueva"), not a body's opening short form ("IG Metall X", orgPrefixDE).
func claimantName(who string) string {
	if who == "" || strings.HasSuffix(who, "’s") || strings.HasSuffix(who, "'s") {
		return ""
	}
	if who = undatedName(who); who == "" {
		return "" // "Last March", "Letzten Dienstag": a date; "Wednesday's Quinnipiac" cut (claimant_datename.go)
	}
	if describedEN(who) {
		return who // "A U.S. official": a description, not a name with titles
	}
	if creditEN(who) {
		return "" // "Photo/Ann Lee", "SAN FRANCISCO/NEW YORK": a picture credit or a dateline
	}
	var starts [8]int // byte offsets of the words (names are space-separated)
	n := 1
	for i := 0; i < len(who) && n < len(starts); i++ {
		if who[i] == ' ' {
			starts[n] = i + 1
			n++
		}
	}
	word := func(k int) string {
		if k+1 < n {
			return who[starts[k] : starts[k+1]-1]
		}
		return who[starts[k]:]
	}
	if n == 2 {
		who = acronymAfterNoun(who) // "Beratungsfirma PWC" → "PWC"
		n = 1 + strings.Count(who, " ")
	}
	if n == 1 {
		if wordCategory(who)&(cMonth|cWeekday|cRelDate|cTimeNoun) != 0 || functionWordDE(who) {
			return ""
		}
		return who
	}
	if findingNounEN(word(n - 1)) {
		return who // "CBS News poll": a poll's issuer and its noun, no title before a name
	}
	cut := 0
	for i := 0; i < n-1; i++ {
		if !upperFirst(word(i)) || !titleLike(word(i), i) && !titleWordEN(word(i)) || orgPrefixDE(word(i)) || !upperFirst(word(i+1)) || adjectiveDE(word(i+1)) || strings.IndexByte(word(i+1), '/') > 0 || middleInitial(word(i+1)) {
			continue // a declined adjective after a noun: the noun heads a body's name ("Berufsverband Deutscher Internisten")
		}
		if titleOfBodyEN(who, word(i)) {
			continue // "Executive Council of Ostby": the title word opens a body's name
		}
		if bodyOpensNameDE(word(i)) && !orgNameEN(who[starts[i+1]:]) {
			break // "Heimatverband Alte Mühle Talbach", "Elterngemeinschaft Schulweg Sicher Oberwald": a body's noun opens its name (but describes "Journalistenverband Harbor Union of Writers")
		}
		// A first name and a surname remain, or a surname after a German
		// title that opens the name or follows genitives
		// ("Sachsen-Anhalts Regierungschef Haseloff").
		if n-i-1 >= 2 || germanTitle(word(i)) && genitivesBefore(word, i) {
			cut = i + 1
		}
	}
	if cut > 0 {
		return claimantName(who[starts[cut]:])
	}
	if last := word(n - 1); strings.HasSuffix(last, "day") && dateWord(last) {
		return claimantName(who[:starts[n-1]-1]) // "MSNBC Monday"; German weekdays are also surnames (Sonntag)
	}
	return who
}

// middleInitial reports whether w is one capital letter and a full stop
// ("K."): a word before it is a first name ("Walter K. Vance"), no title.
func middleInitial(w string) bool {
	return len(w) == 2 && w[1] == '.' && w[0] >= 'A' && w[0] <= 'Z'
}

// groupBefore returns a group named by lower-case words right before an
// English speech verb: "officials said", "critics of the plan say", "some
// opponents said" (without "some", "but", "the").
func groupBefore(toks []token, text string, v int) string {
	k := v - 1
	for k > 0 && toks[k].cat&cAux != 0 && v-k < 3 {
		k-- // "attorneys have said"
	}
	if toks[k].is(tPunct) || toks[k].is(tCap) || !strings.HasSuffix(toks[k].low, "s") || toks[k].cat != 0 || adverbInSEN(toks[k].low) || strings.HasSuffix(toks[k].low, "ss") {
		return "" // not "always said", not a singular "actress said"
	}
	start := k
	for j := k - 1; j >= 0 && k-j < 5; j-- {
		t := &toks[j]
		if t.is(tPunct) || t.cat&(cDet|cNotName|cStopEN) != 0 && t.low != "of" {
			break
		}
		start = j
	}
	return text[toks[start].s:toks[k].e]
}

// soName finds the German attribution ", so Lehner." / ", so
// Geschäftsführer Thomas Lehner" at the end of a unit.
func (d *docState) soName(toks []token, text string, lex lexicon) string {
	for i := len(toks) - 2; i >= 1 && i >= len(toks)-6; i-- {
		if toks[i].low == "so" && toks[i-1].p == ',' {
			if i+2 < len(toks) && lowerCompoundNounDE(text[toks[i+1].s:toks[i+1].e]) && toks[i+2].is(tCap) {
				return d.nameAt(toks, text, i+2, true, lex, false, false) // "so verdi-Verhandlungsführer Frank Bäsler"
			}
			return d.nameAt(toks, text, i+1, true, lex, false, false)
		}
	}
	return ""
}

// lowerCompoundNounDE reports whether w is a German noun compounded with
// a name written in lower case before a hyphen ("verdi-Verhandlungsführer",
// "dpa-Korrespondentin"): a lower-case first letter, and a capital after
// the last hyphen.
func lowerCompoundNounDE(w string) bool {
	k := strings.LastIndexByte(w, '-')
	if k <= 0 || k+1 >= len(w) || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w[k+1:])
	return unicode.IsUpper(r)
}

func hasToken(toks []token, low string) bool {
	for i := range toks {
		if toks[i].low == low {
			return true
		}
	}
	return false
}

// inverted reports whether the English words from token i form a speaker
// after its verb ("…,” said Smith." / "said Mayor John Miller, who …"):
// a pronoun or a run of capitalised words followed by punctuation or the
// end, not the subject of a reported clause ("said she was", "said Brook
// “did fine”").
func inverted(toks []token, i int) bool {
	j := i
	for j < len(toks) && !toks[j].is(tPunct) && (toks[j].is(tCap) || j == i || toks[j].cat&cDet != 0 || ordinalRankAt(toks, j)) {
		j++ // also "said Air Force 1st Lt. …"
	}
	if j > i && possessiveWord(toks[j-1].low) {
		return false // "said Kemp’s “investigation” …": a possessive opens the object
	}
	if openingQuoteAt(toks, j) {
		return false // "said Brook “did fine”": Brook opens the reported clause
	}
	return j == len(toks) || toks[j].is(tPunct) || j > i && invertedEnd(toks, i)
}

// openingQuoteAt reports whether token j is a quotation mark that opens
// quoted words: a space before it and a word after it ("said Brook “did
// fine”"), not one that closes a quotation right after a word.
func openingQuoteAt(toks []token, j int) bool {
	return j > 0 && j+1 < len(toks) && toks[j].is(tQuote) && toks[j-1].e < toks[j].s && !toks[j+1].is(tPunct)
}

// quantifierDE are the German words that may open a plural subject without
// belonging to the claimant: "Einige Ökonomen", "Manche Politiker".
var quantifierDE = map[string]bool{
	"einige": true, "manche": true, "viele": true, "mehrere": true, "zahlreiche": true, "andere": true,
	"beide": true, "alle": true, "die": true, "der": true, "das": true, "ein": true, "eine": true,
}

// personalPronounDE reports whether w is a German personal pronoun in the
// nominative or "man": a subject of its own, never the determiner of a
// name ("Dieser Verband" is).
func personalPronounDE(w string) bool {
	switch w {
	case "ich", "du", "er", "sie", "es", "wir", "ihr", "man":
		return true
	}
	return false
}

// bodyFirstDE returns an unnamed body or group that opens a German
// sentence as the subject of its verb of saying v (verb second, perhaps
// after an auxiliary): "Virologen warnen …", "Einige kleinere Parteien haben
// angekündigt …", "Die Fraktion der Grünen kritisierte …". A sentence may
// open with one adverb ("Auch", "Unterdessen"), not with a pronoun.
func bodyFirstDE(toks []token, text string, v int) string {
	if len(toks) > 0 && (prepositionOpensDE(toks) || toks[0].low == "als") {
		return "" // "Innerhalb eines Tages meldete …", "Als Begründung gaben …": a phrase of its own, no subject
	}
	for _, k := range [...]int{0, 1} {
		if k == 0 && coordinatorDE(toks[0].low) {
			continue // "Aber der Sprecher sagte": the conjunction is no part of the name
		}
		if k == 1 && personalPronounDE(toks[0].low) {
			break // "Ich kann Ihnen sagen": a pronoun is the subject, the words after it name no body
		}
		i := k
		for i < len(toks) && i-k < 3 && !toks[i].is(tCap) && quantifierDE[toks[i].low] {
			i++
		}
		if i < len(toks) && toks[i].is(tCap) && quantifierDE[toks[i].low] {
			i++
		}
		from := i
		for i < len(toks) && i-from < 2 && !toks[i].is(tCap) && !toks[i].is(tPunct) && toks[i].cat&(cNotName|cDet|cAux|cSpeech) == 0 {
			i++ // "kleinere Parteien"
		}
		if i >= len(toks) || !toks[i].is(tCap) || toks[i].is(tPunct) || toks[i].cat&(cDet|cAux|cSpeech) != 0 || pronoun(&toks[i], true) != 0 || toks[i].low == "sie" || toks[i].low == "es" {
			continue
		}
		end := i + 1
		if end+1 < len(toks) && declinedAdjectiveDE(toks[i].low) && toks[end].is(tCap) && !toks[end].is(tPunct) && toks[end].cat&(cDet|cAux|cSpeech) == 0 {
			end++ // "Der Deutsche Mieterbund erwartet": a capitalised adjective of the name
		}
		// "Fraktion der Grünen", "Sprecher des Ministeriums"
		if end+1 < len(toks) && (toks[end].low == "der" || toks[end].low == "des") && toks[end+1].is(tCap) && !toks[end+1].is(tPunct) {
			end += 2
		}
		if end < len(toks) && (end == v || toks[end].cat&cAux != 0 && end < v && !commaBetweenDE(toks, end, v)) {
			return text[toks[from].s:toks[end-1].e]
		}
	}
	return ""
}

// genitiveHeadDE returns the noun whose genitive the name at token k
// completes ("Vertreter der EU", "Fraktion der Grünen", "Veranstalter der
// neuen Demonstration", "Sprecher zahlreicher Vereine": genitiveLeadDE), or -1.
func genitiveHeadDE(toks []token, k int) int {
	j := k - 1
	for j >= 0 && k-j <= 2 && !toks[j].is(tCap) && !toks[j].is(tPunct) && toks[j].cat == 0 && !genitiveDeterminersDE[toks[j].low] {
		j-- // "der neuen Demonstration"
	}
	if j < 1 || !genitiveLeadDE(toks[j].low) { // also "Sprecher zahlreicher Vereine"
		return -1
	}
	h := &toks[j-1]
	if !h.is(tCap) || h.is(tPunct) || h.cat&(cDet|cAux|cSpeech|cAccording) != 0 || h.low == "nach" || h.low == "laut" || particleHeadDE(h.low) {
		return -1
	}
	return j - 1
}

// wieClause returns the token of "wie" (German) or "as" (English) that
// opens the clause of a late verb of saying ("…, wie ein Sprecher am
// Dienstag sagte", "…, as the minister said"), or -1.
func wieClause(toks []token, v int, de bool) int {
	word := "as"
	if de {
		word = "wie"
	}
	for k := v - 1; k >= 0 && v-k <= 12; k-- {
		if toks[k].is(tPunct) && !(de && toks[k].is(tQuote)) && toks[k].p != '(' && toks[k].p != ')' {
			return -1 // a quoted name may stand inside: "Wie die Zeitung „Die Woche“ berichtete"; a party: "wie Olaf Rink (SPD) mitteilte"
		}
		if toks[k].low == word && (k == 0 || toks[k-1].p == ',') {
			return k // "…, wie ein Sprecher sagte", "Wie der Minister erklärte, …"
		}
	}
	return -1
}

// noteCommon records, for English, the words of a unit written in lower
// case (common words, so a capitalised one before a name is a title:
// "Attorney General Ana Ruiz" where the text also says "the attorney
// general") and the capitalised words followed by a lower-case word
// ("Republican lawmakers"): a first name is followed by its surname, so
// such a word before a name is a title or an adjective. German is left
// out: every noun is capitalised, and the map would hold them all for a
// gain of 4 training units.
func (c *chooser) noteCommon(toks []token, text string, de bool) {
	if de {
		// A German word after an article is a noun, never a first name:
		// "der Inhaber" makes "Inhaber Jonas Brandt" a title and a name.
		for i := 1; i < len(toks); i++ {
			if t := &toks[i]; t.flags&(tCap|tPunct) == tCap && toks[i-1].cat&cDet != 0 {
				c.notFirst.add(text[t.s:t.e])
			}
		}
		return
	}
	for i := range toks {
		t := &toks[i]
		if !de && t.flags&(tCap|tPunct|tNum) == 0 {
			c.common.add(text[t.s:t.e])
		}
		if t.flags&(tCap|tPunct) == tCap && i+1 < len(toks) && toks[i+1].flags&(tCap|tPunct|tNum) == 0 {
			c.notFirst.add(text[t.s:t.e])
		}
	}
}

// stripTitles drops the leading words of a name of three words or more
// that the text also writes in lower case (English) or before a lower-case
// word, keeping two words at least ("Staff Ana Ruiz" → "Ana Ruiz" when the
// text says "staff"; "Landrat Eva Roth" when it says "der Landrat sagte"),
// but not a word before a middle initial, which is a first name.
func (c *chooser) stripTitles(name string) string {
	if describedEN(name) {
		return name
	}
	for strings.Count(name, " ") >= 2 {
		k := strings.IndexByte(name, ' ')
		var buf [64]byte
		if !(c.common.has(string(appendLower(buf[:0], name[:k]))) || c.notFirst.has(name[:k])) || orgPrefixDE(name[:k]) || !upperFirst(name) || !upperFirst(name[k+1:]) || adjectiveDE(firstWord(name[k+1:])) || middleInitial(firstWord(name[k+1:])) {
			break // a title is capitalised before a name: not "some opponents of the plan"; before an initial stands a first name ("Donald J. Trump" where the text also says "Donald remains")
		}
		name = name[k+1:]
	}
	return name
}

// shortNameSuffix are the title endings that short first names share
// ("Hillary", "Victor", "Vincent", "Christ", "Norman"): a word with one of
// them is a title only from eight letters on ("Secretary", "Director",
// "Resident", "Chairman"), so "Human Rights Watch" keeps its adjective.
var shortNameSuffix = map[string]bool{"or": true, "ent": true, "ary": true, "ist": true, "man": true}

// possessiveWord reports whether w ends in a possessive "’s" or "'s"
// ("Commentary’s" before a name is the name's employer).
func possessiveWord(w string) bool {
	return strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "'s")
}

// acronymWord reports whether w is two to five capital letters ("CEO",
// "PM"): before a first name and surname, a title or an outlet.
func acronymWord(w string) bool { return asciiRun(w, 'A', 'Z', 2, 5) }

// asciiRun reports whether w is min to max bytes, each from lo to hi.
func asciiRun(w string, lo, hi byte, min, max int) bool {
	if len(w) < min || len(w) > max {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < lo || w[i] > hi {
			return false
		}
	}
	return true
}

// firstWord is s up to its first space.
func firstWord(s string) string {
	if k := strings.IndexByte(s, ' '); k >= 0 {
		return s[:k]
	}
	return s
}
