package extract

import "strings"

// German morphology for claimant spans: declined adjectives that open the
// name of a body ("Deutscher Wetterdienst", "der Chemischen Industrie").

// adjectiveDE reports whether a capitalised German word is a declined
// adjective by its derivational suffix and inflection ending: -isch, -lich
// or a long -sch stem ("Deutsch-") with -e, -er, -en, -es or -em
// ("Chemischen", "Kassenärztliche", "Deutscher"), or a long -ig stem with
// any ending but -er ("Auswärtigen"; "Leipziger" is a place's form).
// Surnames such as "Fischer" have a short stem.
func adjectiveDE(w string) bool {
	stem, ending := "", ""
	for _, end := range [...]string{"en", "er", "es", "em", "e"} {
		if s, ok := strings.CutSuffix(w, end); ok {
			stem, ending = s, end
			break
		}
	}
	switch {
	case len(stem) >= 6 && strings.HasSuffix(stem, "ig") && ending != "er":
		return true // "Auswärtigen", "Ständige"; not "Leipziger", a place's indeclinable form
	case len(stem) >= 6 && (strings.HasSuffix(stem, "isch") || strings.HasSuffix(stem, "lich")):
		return true
	case len(stem) >= 7 && strings.HasSuffix(stem, "sch"):
		return true
	}
	return false
}

// orgHeadDE returns where a German body's name starts when the capitalised
// run from k opens with a declined adjective: the noun before it heads the
// name ("Berufsverband Deutscher Rheumatologen"), also with a genitive
// article between ("Verband der Chemischen Industrie"); else k.
func orgHeadDE(toks []token, text string, k int) int {
	if k < 1 || !adjectiveDE(text[toks[k].s:toks[k].e]) {
		return k
	}
	h := k - 1
	if h >= 1 && (toks[h].low == "der" || toks[h].low == "des") {
		h--
	}
	if t := &toks[h]; t.is(tCap) && !t.is(tPunct) && t.cat&(cDet|cNotName|cSpeech|cAccording|cAux) == 0 && !functionWordDE(text[t.s:t.e]) {
		return h
	}
	return k
}

// nominativeDE writes a German body's name that opens with a declined
// adjective in the nominative without article, as a name is cited, when
// the article before it shows the case and gender: "der Deutsche
// Wetterdienst" → "Deutscher Wetterdienst", "das Statistische Bundesamt" →
// "Statistisches Bundesamt", "der Süddeutschen Zeitung" (feminine genitive
// or dative) → "Süddeutsche Zeitung". Other articles leave it as written.
func nominativeDE(article, name string) string {
	w, rest, ok := strings.Cut(name, " ")
	if !ok || !adjectiveDE(w) || !upperFirst(rest) || adjectiveDE(firstWord(rest)) {
		return name
	}
	switch {
	case article == "der" && strings.HasSuffix(w, "en"):
		return w[:len(w)-1] + " " + rest
	case article == "der" && strings.HasSuffix(w, "e"):
		return w + "r " + rest
	case article == "das" && strings.HasSuffix(w, "e"):
		return w + "s " + rest
	}
	return name
}

// acronymAfterNoun drops a descriptive noun before an acronym that names
// the body (in German news mostly; English labels do the same) ("Beratungsfirma PWC" → "PWC", "Nachrichtenagentur
// ANSA" → "ANSA"): the noun says what the body is, the acronym is its name.
// A declined adjective stays ("Bayerischer VGH"), as do roman numerals
// ("Elisabeth II"), a legal form ("Tannwald AG") and names of more than
// two words.
func acronymAfterNoun(name string) string {
	w, acr, ok := strings.Cut(name, " ")
	if !ok || !acronymWord(acr) || romanNumeral(acr) || !upperFirst(w) || adjectiveDE(w) || strings.HasSuffix(w, "e") {
		return name
	}
	if legalFormsDE[acr] {
		return name // "Tannwald AG": a firm's name with its legal form (claimant_de_firm.go)
	}
	for i := 1; i < len(w); i++ {
		if w[i] >= 'A' && w[i] <= 'Z' {
			return name // "AfD" and other mixed-case words are names themselves
		}
	}
	return acr
}

// romanNumeral reports whether w is written only with the letters of roman
// numerals ("II", "XIV").
func romanNumeral(w string) bool {
	return strings.Trim(w, "IVXLCDM") == ""
}

// parenBefore returns where a short parenthesis that stands right before
// token v opens ("Anna Roth (SPD) sagte", "Ann Lee (D) said"), else v.
func parenBefore(toks []token, v int) int {
	if v < 3 || toks[v-1].p != ')' {
		return v
	}
	for k := v - 2; k >= 1 && v-k <= 5; k-- {
		if toks[k].p == '(' {
			return k
		}
	}
	return v
}

// parenAfter returns the token after a short parenthesis that opens at
// token k ("gab Roth am Abend (Ortszeit) bekannt"), else k.
func parenAfter(toks []token, k int) int {
	if toks[k].p != '(' {
		return k
	}
	for e := k + 1; e < len(toks) && e-k <= 6; e++ {
		switch toks[e].p {
		case ')':
			return e + 1
		case '(', '.', '!', '?':
			return k
		}
	}
	return k
}

// frontedDE reports whether the words before a German verb of saying v are
// a fronted adverbial, so that the subject may follow the verb (verb-second
// order): the sentence opens with a preposition or a sentence adverb and
// no punctuation stands before v ("Am späten Abend erklärte der
// Ratspräsident …", "Dann sagte die Ministerin …"). A pronoun that opens
// the sentence is its subject ("Sie sagte …").
func frontedDE(toks []token, v int) bool {
	if v < 1 || v > 8 {
		return false
	}
	w := toks[0].low
	if !prepositionsBeforeDE[w] && (!adverbsDE[w] || pronounDE(w)) {
		return false
	}
	for k := 1; k < v; k++ {
		if toks[k].is(tPunct) {
			return false
		}
	}
	return true
}

// pronounDE reports whether w is a German personal, demonstrative or
// indefinite pronoun that can be the subject of a verb.
func pronounDE(w string) bool {
	switch w {
	case "es", "er", "sie", "wir", "ich", "ihr", "du", "man", "das", "dies", "diese", "dieser", "jeder", "jede", "alle", "wer", "was":
		return true
	}
	return false
}

// initialEnd returns the byte offset where the name toks[i:j] ends: after
// the full stop of a surname written as an initial ("Jan M.", as news
// write a person they do not name), else after toks[j-1].
func initialEnd(toks []token, i, j int) int {
	l := &toks[j-1]
	if j-i >= 2 && j < len(toks) && l.e-l.s == 1 && l.is(tCap) && toks[j].p == '.' && toks[j].s == l.e {
		return toks[j].e
	}
	return l.e
}

// describedDE returns the fullest description the text gave a German noun
// that stands alone as a claimant: a noun the text earlier named with the
// body it belongs to ("eine Sprecherin des Bezirks", then "sagte die
// Sprecherin") is that description. A claimant that is such a description
// is remembered for its noun.
func (d *docState) describedDE(who string) string {
	if who == "" {
		return who // no claimant (no key of d.descs is empty)
	}
	noun, rest, ok := strings.Cut(who, " ")
	if !ok {
		if full := d.descs[who]; full != "" {
			return full
		}
		return who
	}
	link, _, _ := strings.Cut(rest, " ")
	if !upperFirst(noun) || !genitiveLinkDE(link) || strings.IndexByte(who, ';') >= 0 {
		return who
	}
	if d.descs == nil {
		d.descs = map[string]string{}
	}
	d.descs[noun] = who
	return who
}

// adjectivesDE skips up to two lower-case words with an adjective's
// inflection ending after a German article when a capitalised title and a
// name of two words follow ("der niedersächsische Finanzminister Hartmut
// Möllring"); else it returns i.
func adjectivesDE(toks []token, i int) int {
	j := i
	for j < len(toks) && j-i < 2 && toks[j].flags&(tCap|tPunct|tNum) == 0 && inflectedDE(toks[j].low) {
		j++
	}
	if j == i || j+2 >= len(toks) || !capWord(&toks[j]) || !capWord(&toks[j+1]) || !capWord(&toks[j+2]) {
		return i
	}
	return j
}

// inflectedDE reports whether a lower-case German word ends like an
// inflected adjective (-e, -en, -er, -es, -em).
func inflectedDE(w string) bool {
	return strings.HasSuffix(w, "e") || strings.HasSuffix(w, "en") || strings.HasSuffix(w, "er") || strings.HasSuffix(w, "es") || strings.HasSuffix(w, "em")
}

// capWord reports whether t is a capitalised word.
func capWord(t *token) bool { return t.is(tCap) && !t.is(tPunct) }

// demonstrativeDE reports whether w is a German demonstrative that, opening
// a sentence before a verb of saying, is its object, so the subject follows
// the verb ("Das sagte …", "Dies teilte … mit").
func demonstrativeDE(w string) bool {
	return w == "das" || w == "dies" || w == "dieses"
}

// heisstEsDE reads the source of the German "heißt es von …" ("…, hieß es
// vom Sprecher Mark Toner", "heißt es bei Radio Nord", "hieß es aus
// Regierungskreisen"): the body or person after the preposition. A source
// "in" a document ("heißt es in dem Bericht") names no one.
func (d *docState) heisstEsDE(toks []token, text string, lex lexicon) string {
	if d.lacks(toks, wsHeisst) {
		return ""
	}
	for i := 0; i+3 < len(toks); i++ {
		if toks[i].low != "heißt" && toks[i].low != "hieß" || toks[i+1].low != "es" {
			continue
		}
		switch toks[i+2].low {
		case "von", "vom", "bei", "beim", "aus", "seitens":
			return d.nameAt(toks, text, i+3, true, lex, false, true)
		}
		return ""
	}
	return ""
}

// quotedTitleDE returns the name in quotation marks at token i, perhaps
// after a lower-case adjective and a noun that say what it is ("„Die
// Zeit“", "die britische Tageszeitung „The Guardian“"): a newspaper, a
// blog, a group. Its words are capitalised but for short function words
// inside ("„Bild am Sonntag“"), so a quoted sentence is none.
func quotedTitleDE(toks []token, text string, i int) string {
	if i < len(toks) && toks[i].flags&(tCap|tPunct) == 0 && inflectedDE(toks[i].low) {
		i++ // "britische"
	}
	if i+1 < len(toks) && capWord(&toks[i]) && toks[i+1].is(tQuote) {
		i++ // "Tageszeitung"
	}
	if i+2 >= len(toks) || !toks[i].is(tQuote) || !capWord(&toks[i+1]) {
		return ""
	}
	for k := i + 2; k < len(toks) && k <= i+6; k++ {
		t := &toks[k]
		switch {
		case t.is(tQuote):
			if !capWord(&toks[k-1]) {
				return ""
			}
			return text[toks[i+1].s:toks[k-1].e]
		case t.is(tPunct) || !t.is(tCap) && t.e-t.s > 3:
			return ""
		}
	}
	return ""
}

// nameAfterGenitiveDE returns the person named right after a genitive
// that follows a role at token n ("Direktor der peruanischen
// Luftfahrtbehörde Roberto Rodriguez"): a genitive article, lower-case
// adjectives, one noun, then a name of two capitalised words or more.
func (d *docState) nameAfterGenitiveDE(toks []token, text string, n int, lex lexicon) string {
	if n >= len(toks) || toks[n].low != "der" && toks[n].low != "des" {
		return ""
	}
	k := n + 1
	for k < len(toks) && k-n <= 3 && toks[k].flags&(tCap|tPunct|tNum) == 0 {
		k++
	}
	if k+2 >= len(toks) || !capWord(&toks[k]) || !capWord(&toks[k+1]) || !capWord(&toks[k+2]) {
		return ""
	}
	if who := d.nameAt(toks, text, k+1, true, lex, false, false); strings.IndexByte(who, ' ') > 0 {
		return who
	}
	return ""
}

// definiteRoleDE resolves a German person noun after a definite article
// ("sagt der Mediziner", "sagt die Polizistin") like a pronoun: to the last
// speaker of the gender the noun's ending gives, else of unknown gender,
// while that speaker is recent (named in the last three units) and is no
// body (personOnlyDE). An indefinite one ("ein Sprecher") is someone new.
func (d *docState) definiteRoleDE(toks []token, noun int, lex lexicon) string {
	if noun < 1 || toks[noun-1].low != "der" && toks[noun-1].low != "die" {
		return ""
	}
	if who := d.titledAfterArticleDE(toks[noun-1].low, toks[noun].low); who != "" {
		return who // "Bildhauer Tim Vogt", then "sagt der Bildhauer" (claimant_de_titledname.go)
	}
	if d.sinceClaim > 3 {
		return ""
	}
	role := roleOf(&toks[noun], lex)
	if role == "" {
		role = toks[noun].low
	}
	g := roleGender(role, true)
	if g == 0 && toks[noun-1].low == "der" && strings.HasSuffix(role, "e") {
		g = 'm' // a masculine noun of the weak declension: "der Franzose", "der Experte"
	}
	if g == 0 || g == 'm' && toks[noun-1].low == "die" {
		return "" // "die Richter": a masculine noun after "die" is a plural, a group
	}
	if s := d.lastSpeaker[gi(g)]; s != "" {
		return personOnlyDE(s)
	}
	return personOnlyDE(d.lastSpeaker[0]) // a speaker whose gender the text did not show
}

// personOnlyDE returns who unless it names a body (bodyNameDE): a noun of
// a person after "der"/"die" ("teilte die Landeswahlleiterin mit") never
// stands for the institute or association that spoke before.
func personOnlyDE(who string) string {
	if bodyNameDE(who) {
		return ""
	}
	return who
}
