package extract

import "strings"

// startsClause reports whether token i opens a sentence or quotation, where
// a capital letter says nothing about the word.
func startsClause(toks []token, i int) bool {
	if i == 0 {
		return true
	}
	p := &toks[i-1]
	if !p.is(tPunct) {
		return false
	}
	return p.is(tQuote) || p.e-p.s == 1 && strings.IndexByte(".!?:;(-", byte(p.low0())) >= 0 || p.e-p.s == 3 // – —
}

// low0 returns the first byte of a punctuation token's text (0 for words).
func (t *token) low0() byte { return t.p }

// capRun returns the end (exclusive) of the run of capitalised words starting
// at i, allowing "of", "for", "von", two particles ("von der": particlePair)
// and a free-standing "&" ("Haus & Grund") between them (and in English a surname with a hyphenated
// particle, "al-Nadiri") and stopping before roles.
func capRun(toks []token, text string, i int, de bool) int {
	return run(toks, i, de, true, true)
}

// entityEnd is capRun for the features' entities: a free-standing "&"
// or two particles end the run there (the model was fitted on such runs).
func entityEnd(toks []token, i int, de bool) int {
	return run(toks, i, de, true, false)
}

// nameRun is capRun for a person's name: "of" and "for" end it.
func nameRun(toks []token, i int, de bool) int {
	return run(toks, i, de, false, true)
}

// run returns the end (exclusive) of the run of capitalised words from i
// that capRun, entityEnd and nameRun share: of lets "of" and "for" join
// it, amp lets "&" and a surname's particles join it.
func run(toks []token, i int, de, of, amp bool) int {
	j := i
	for j < len(toks) && j-i < 6 {
		t := &toks[j]
		if t.is(tCap) && !t.is(tPunct) {
			// A role, a function word or a verb of saying ends it
			// ("Howard Dean Tells …" in a title-case headline).
			initial := isInitial(toks, j)
			if j > i && t.cat&(cRole|cNotName|cSpeech) != 0 && !initial && !(amp && !de && nameWordHeEN(toks, j)) && !(amp && de && j == i+1 && roleSurnameDE(toks, j)) { // "Robert A. Pruzan": not the article "a"; "Liu He", "Jens Richter" (not in the fitted entities)
				break
			}
			j++
			if initial { // "Roger C. Altman"
				j++
			}
			continue
		}
		if amp && j > i && t.p == '&' && t.e-t.s == 1 && j+1 < len(toks) && capWord(&toks[j+1]) && toks[j+1].cat&cNotName == 0 {
			j++ // "Haus & Grund", "Procter & Gamble"
			continue
		}
		if j > i && particleWordEN(toks, j) && (!de || amp && toks[i].cat == 0) {
			j++ // "Karim al-Nadiri" (particleWordEN); in German only for a name (amp: not the fitted entities), after a word the lexicon does not know ("Ali al-Omair")
			continue
		}
		if amp && j > i && particleSurname(toks, i, j) && (!de || toks[i].cat == 0) {
			j += 2 // "Ursula von der Leyen", "Rafael van der Vaart", "Diego de la Vega"; not in the fitted entities
			continue
		}
		if j > i && j+1 < len(toks) && toks[j+1].is(tCap) && !t.is(tPunct) && (!de || toks[i].cat == 0) {
			switch t.low {
			case "of", "for":
				if of {
					j++
					continue
				}
			case "von", "van", "de", "bin", "al", "zu":
				if amp && toks[j+1].is(tAllCap) && len(toks[j+1].low) <= 6 {
					break // "Joe Stork von HRW": a body after "von", no particle of the name (names only)
				}
				if amp && de && t.low == "zu" && i > 0 && toks[i-1].cat&cDet != 0 {
					break // "die Beschäftigten zu Warnstreiks": a noun after its article, no first name (names only: not the fitted entities)
				}
				j++
				continue
			}
		}
		break
	}
	if j == i {
		j = i + 1
	}
	return j
}

// particleSurname reports whether the two particles of a surname in
// German, Dutch, French or Spanish ("von der", "van den", "de la") stand
// at j and j+1 between the capitalised words from i and one surname
// after them that ends the name: "Ursula von der Leyen", "Rafael van der
// Vaart", "Diego de la Vega". Not an acronym or a second capitalised word
// ("Ute Scherf von der Hochschule Lindhagen", "von der SPD"); "von der"
// after one word only and before no body ("Jens Roth von der Polizei",
// "Roth von der Polizei").
func particleSurname(toks []token, i, j int) bool {
	if j+2 >= len(toks) || !particlePair(toks[j].low, toks[j+1].low) {
		return false
	}
	sur := &toks[j+2]
	if !capWord(sur) || sur.e-sur.s < 2 || sur.is(tAllCap) || j+3 < len(toks) && capWord(&toks[j+3]) {
		return false
	}
	return toks[j].low != "von" || j == i+1 && sur.cat == 0 && bodyHeadDE(sur.low) == "" // it compares case ignored
}

// particlePair reports whether a and b are the two particles of a
// surname (the single ones, "von", "van", "de", "zu", are in run).
func particlePair(a, b string) bool {
	switch a {
	case "von":
		return b == "der"
	case "van":
		return b == "der" || b == "den" || b == "de"
	case "de":
		return b == "la" || b == "le" || b == "los" || b == "las"
	}
	return false
}

// isInitial reports whether token j is an initial inside a name: one
// capital letter, a full stop right after it, then a capitalised word
// ("Robert A. Pruzan").
func isInitial(toks []token, j int) bool {
	t := &toks[j]
	return t.is(tCap) && j+2 < len(toks) && toks[j+1].p == '.' && toks[j+1].s == t.e &&
		(t.e-t.s == 1 || dottedInitials(t.low)) && toks[j+2].is(tCap) && !toks[j+2].is(tPunct) // the full stop first: most words have none
}

// hyphenAcronym reports whether word is a compound led by an acronym
// ("EU-Kommission", "US-Botschafter").
func hyphenAcronym(word string) bool {
	if len(word) < 4 || word[1] < 'A' || word[1] > 'Z' {
		return false // most words: no capital second (the search below needs one)
	}
	k := strings.IndexByte(word, '-')
	if k < 2 || k > 5 {
		return false
	}
	for i := 0; i < k; i++ {
		if word[i] < 'A' || word[i] > 'Z' {
			return false
		}
	}
	return k+1 < len(word)
}

// roleOf returns the role a token names ("Präsident", "US-Präsident") or "".
func roleOf(t *token, lex lexicon) string {
	if t.cat&cRole != 0 {
		return t.low
	}
	tab := tableOf(lex)
	if k := strings.LastIndexByte(t.low, '-'); k > 0 && lexCat(tab, lex, t.low[k+1:])&cRole != 0 {
		return t.low[k+1:]
	}
	if n := len(t.low); n >= 6 && t.is(tCap) && strings.IndexByte("nrtf", t.low[n-1]) >= 0 && hasRoleHeads(tab, lex) { // German: a compound with a role as its head
		for _, h := range roleHeadsByLast[t.low[n-1]] {
			if len(t.low) >= len(h)+3 && strings.HasSuffix(t.low, h) {
				return h
			}
		}
	}
	return ""
}

// hasRoleHeads reports whether lex (with table tab) knows the German role
// heads as roles.
func hasRoleHeads(tab *lexTable, lex lexicon) bool {
	if tab != nil {
		return tab.roleHeads
	}
	return lex[roleHeads[0]]&cRole != 0
}

// roleHeads are German roles that end compounds ("Verkehrssenatorin",
// "Gesundheitsminister", "Finanzchef"); the feminine forms come first.
var roleHeads = []string{
	"ministerin", "minister", "senatorin", "senator", "sprecherin", "sprecher", "präsidentin", "präsident",
	"chefin", "chef", "direktorin", "direktor", "kanzlerin", "kanzler", "botschafterin", "botschafter",
	"bürgermeisterin", "bürgermeister", "forscherin", "forscher", "richterin", "richter", "führerin", "führer",
}

// roleHeadsByLast lists roleHeads by their last byte, in their order, so
// that the first head a word ends with is found among few.
var roleHeadsByLast = func() (t [256][]string) {
	for _, h := range roleHeads {
		t[h[len(h)-1]] = append(t[h[len(h)-1]], h)
	}
	return t
}()

// isEventVerb reports whether token i is a verb reporting an event in the
// past: listed irregular forms, German weak preterites and participles with
// an auxiliary, English -ed forms.
func isEventVerb(toks []token, i int, de, aux, modal bool) bool {
	t := &toks[i]
	if t.is(tCap) || t.cat&(cSpeech|cAux|cKonj1|cModal|cFuture) != 0 {
		return false
	}
	if t.cat&cEventVerb != 0 {
		return true
	}
	low := t.low
	n := len(low)
	if n < 5 || t.cat&cNotVerb != 0 {
		return false
	}
	prevDet := i > 0 && toks[i-1].cat&cDet != 0
	nextNoun := i+1 < len(toks) && toks[i+1].is(tCap) && !toks[i+1].is(tPunct)
	if !de {
		return strings.HasSuffix(low, "ed") && !prevDet && !nextNoun
	}
	if eventAfterPrefix(low) {
		return true
	}
	if prevDet || nextNoun {
		return false
	}
	if strings.HasSuffix(low, "te") || strings.HasSuffix(low, "ten") {
		if strings.HasSuffix(low, "ste") || strings.HasSuffix(low, "sten") {
			return t.cat&cVerbSte != 0
		}
		// "könnte … anfechten", "zu verbreiten": an infinitive, not a past.
		return !strings.HasSuffix(low, "en") || !modal
	}
	if !aux {
		return false
	}
	if strings.HasSuffix(low, "iert") {
		return true
	}
	if strings.HasSuffix(low, "t") || strings.HasSuffix(low, "en") {
		if strings.HasPrefix(low, "ge") && n >= 6 {
			return true
		}
		for _, p := range prefixesByByte[low[0]] {
			if strings.HasPrefix(low, p) && strings.HasPrefix(low[len(p):], "ge") && n >= len(p)+6 {
				return true
			}
		}
		if strings.HasSuffix(low, "t") {
			for _, p := range [...]string{"be", "ver", "er", "ent", "zer"} {
				if strings.HasPrefix(low, p) && n >= 6 {
					return true
				}
			}
		}
	}
	return false
}

// eventAfterPrefix reports whether the German word low (not empty) is a
// verb prefix followed by more than two bytes that are an event verb of
// the German lexicon ("an" + "stieg"). It tries only the prefixes of low's
// first byte (prefixesByByte) and looks up no word that the filter of
// event verbs stops.
func eventAfterPrefix(low string) bool {
	ps := prefixesByByte[low[0]]
	if len(ps) == 0 {
		return false
	}
	tab := deTable()
	for _, p := range ps {
		if len(low) > len(p)+2 && strings.HasPrefix(low, p) && tab.mayBeEvent(low[len(p):]) && tab.get(low[len(p):])&cEventVerb != 0 {
			return true
		}
	}
	return false
}

// isSuperlative recognises superlatives by their ending: längste, largest.
func isSuperlative(t *token, de bool) bool {
	if t.is(tCap) || t.cat&(cNotVerb|cVerbSte) != 0 || len(t.low) < 6 {
		return false
	}
	if !de {
		return strings.HasSuffix(t.low, "est")
	}
	return superlativeEndingDE(t.low)
}

// superlativeEndingDE reports whether low (six bytes or more) ends in
// -ste, -sten, -stes, -ster or -stem, but not after an i (Polizisten,
// Liste).
func superlativeEndingDE(low string) bool {
	// By the last byte, at most one of the endings fits.
	n := len(low)
	switch low[n-1] {
	case 'e':
		return low[n-3] == 's' && low[n-2] == 't' && low[n-4] != 'i'
	case 'n', 's', 'r', 'm':
		return low[n-4] == 's' && low[n-3] == 't' && low[n-2] == 'e' && low[n-5] != 'i'
	}
	return false
}

// followedBy reports whether "than"/"als" follows token i closely.
func followedBy(toks []token, i int, de bool) bool {
	w := "than"
	if de {
		w = "als"
	}
	for j := i + 1; j < len(toks) && j <= i+4; j++ {
		if toks[j].low == w {
			return true
		}
	}
	return false
}

// nearFirstPerson reports whether a first-person pronoun stands within two
// tokens of token i ("Ich denke", "denke ich", "I really think").
func nearFirstPerson(toks []token, i int) bool {
	for j := max(0, i-2); j < len(toks) && j <= i+2; j++ {
		if j != i && toks[j].cat&(cFirstSing|cFirstPl) != 0 {
			return true
		}
	}
	return false
}
