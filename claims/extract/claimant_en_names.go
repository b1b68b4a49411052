package extract

import (
	"strings"
	"unicode"
)

// English name forms: a capitalised word glued to a known surname.

// registerName registers a person named name, as register does, except
// that in English a word that cannot open a first name before the surname
// (or full name) of a person the text already named makes no new person:
// "Despite Trump", "Had Trump", "Speaker Ryan", "WATCH Lee" after "Donald
// Trump", "Paul Ryan", "Ann Lee" are those people, not new ones whose
// surname would take the known person's place.
func (d *docState) registerName(name string, g byte, de bool) string {
	if !de {
		name = partyLeadEN(headlineCutEN(startOverCutEN(name))) // "Voters Are Cheering Ann Lee", "Republican Ann Lee", "Ann Lee Ann Marie LeeHarbor"
		for strings.Count(name, " ") >= 2 && closedLeadEN(firstWord(name)) && upperFirst(name[strings.IndexByte(name, ' ')+1:]) {
			name = name[strings.IndexByte(name, ' ')+1:] // "Democrat Ann Lee"
		}
		if p := d.knownAfterLead(name); p != "" {
			return p
		}
	} else if k := strings.IndexByte(name, ' '); k > 0 && k <= 6 {
		var buf [8]byte
		if prepositionsBeforeDE[string(appendLower(buf[:0], name[:k]))] {
			name = name[k+1:] // "Beim Imkerverband Nord": the preposition opening the sentence is no first name
		}
	}
	return d.register(name, g)
}

// knownAfterLead returns the full name of the known person whose name or
// surname follows the first word of name when that word is no first name
// (leadNotFirstEN), or whose full name of two words or more follows it,
// else "".
func (d *docState) knownAfterLead(name string) string {
	k := strings.IndexByte(name, ' ')
	if k < 0 {
		return ""
	}
	if _, ok := d.lookup(name); ok {
		return ""
	}
	lead, rest := name[:k], name[k+1:]
	if quantifierEN(lead) && strings.HasSuffix(rest, "s") {
		return "" // "Some Republicans": a group
	}
	p, ok := d.lookup(rest)
	if !ok || strings.IndexByte(p.name, ' ') < 0 || p.name != rest && !strings.HasSuffix(p.name, " "+rest) || !plainName(p.name) {
		return ""
	}
	if p.name == rest && strings.IndexByte(rest, ' ') > 0 {
		return p.name // "the Real Donald Trump" after "Donald Trump": a word before a full name the text gave
	}
	if !d.leadNotFirstEN(lead) || d.leadNotFirstEN(firstWord(p.name)) || roleGender(strings.ToLower(strings.TrimSuffix(lead, ".")), false) != 0 {
		return "" // "Mr. Khan" may be another Khan than the last one named
	}
	return p.name
}

// leadNotFirstEN reports whether the English word w, written before a name,
// is no first name: a function word, auxiliary, role or other word of the
// closed classes the lexicon knows, a possessive ("ACLU’s Lee"), or a word
// in capitals ("WATCH").
func (d *docState) leadNotFirstEN(w string) bool {
	if wordCategory(w)&(notFirstNameEN|cRole) != 0 || leadWordEN(w) || possessiveWord(w) {
		return true
	}
	return len(w) >= 2 && allCaps(w)
}

// noteTitledEN records, for English, the office written before a lone
// surname ("President Lee", "Senator Ruiz"): when the text never gives that
// person's first name, the office and surname are the fullest form it
// gives, so fullName returns them for "Lee" or a pronoun resolved to Lee.
// A courtesy title ("Mr.", "Mrs.", "Dr.") is no part of a name, and
// abbreviations are not read here.
func (d *docState) noteTitledEN(role, office, surname string) {
	if roleGender(role, false) != 0 || role == "dr" || role == "prof" || !upperFirst(office) || strings.IndexByte(surname, ' ') >= 0 {
		return
	}
	if _, ok := d.lookup(surname); ok {
		return
	}
	if d.titled == nil {
		d.titled = map[string]string{}
	}
	d.titled[surname] = office + " " + surname
}

// leadWordEN reports whether w is an English preposition, quantifier,
// auxiliary, question word or web-page label that may open a sentence or a
// caption before a name but never a first name (closed classes the lexicon
// does not list).
func leadWordEN(w string) bool {
	if len(w) < 3 || len(w) > 9 {
		return false
	}
	return foldIn(w, "despite", "among", "amid", "against", "without", "within", "following", "including", "unlike", "toward",
		"towards", "upon", "beyond", "besides", "both", "either", "neither", "another", "some", "many", "most",
		"several", "every", "each", "any", "few", "other", "such", "only", "should", "could", "might", "must",
		"did", "does", "why", "how", "where", "see", "read", "related", "show", "hide", "share", "former")
}

// dropLeadEN drops the first word of an English claimant when it is no
// first name (leadNotFirstEN) and the rest names a person: two words or
// more ("Democrat Ann Lee" → "Ann Lee"), or the surname of someone the
// text named in full ("WATCH Lee" → "Ann Lee"); after a country in
// capitals ("UK Athletics") only a surname of someone the text gave a
// gender, as another body's last word is no surname ("World Athletics").
func (d *docState) dropLeadEN(c string) string {
	c = partyLeadEN(dropConjunctionEN(c)) // "though critics", "Republican Ann Lee"
	if describedEN(c) || findingNounEN(c[strings.LastIndexByte(c, ' ')+1:]) {
		return c // "CBS News poll": a poll's name, no person's
	}
	for {
		k := strings.IndexByte(c, ' ')
		if k < 0 || !upperFirst(c) || !d.leadNotFirstEN(c[:k]) || quantifierEN(c[:k]) || !upperFirst(c[k+1:]) {
			return c
		}
		rest := c[k+1:]
		if countryLeadEN(c[:k]) && strings.IndexByte(rest, ' ') > 0 {
			return c // "U.S. Fisheries Service": the country is part of the body's name
		}
		if strings.IndexByte(rest, ' ') < 0 {
			p, ok := d.lookup(rest)
			if !ok || p.name == c || strings.IndexByte(p.name, ' ') < 0 || !plainName(p.name) || d.leadNotFirstEN(firstWord(p.name)) {
				return c
			}
			if countryLeadEN(c[:k]) && p.gender == 0 {
				return c // "UK Athletics" beside "World Athletics": a body's name; "US Lee" only for a Lee the text called "he" or "she"
			}
			return p.name
		}
		c = rest
	}
}

// closedLeadEN reports whether w is an English word of a closed class
// (function word, auxiliary, preposition, quantifier, web-page label) that
// never opens a first name.
func closedLeadEN(w string) bool {
	return wordCategory(w)&notFirstNameEN != 0 || leadWordEN(w)
}

// quantifierEN reports whether w quantifies a group ("Some Republicans",
// "Many GOP strategists"): the group is the claimant as written.
func quantifierEN(w string) bool {
	return foldIn(w, "some", "many", "most", "several", "both", "few", "each", "every", "any", "another", "other", "all")
}

// keepsTailEN reports whether, in English, the surname (or another tail of
// a name) tail stays with the person who has it now when a new person of
// that surname is named: a bare "Lee" means the Lee named first ("Ann Lee
// said … her son Tom Lee … Lee added" is Ann Lee), unless that first name
// was a title or a stray word glued to the surname ("Speaker Lee", "WATCH
// Lee") named only once (a first name before particles, "Gehad el
// Haddad", is none: person.particle); a stray word before a first name and surname
// ("Singer Ann Lee", where the text also says "the singer") leaves the
// name a person's (strayLeadNameEN); a name that only opened the
// headline gives the tail to a new name with another first word first
// (headlineOnlyEN).
func (d *docState) keepsTailEN(tail, first string) bool {
	if !d.en {
		return false
	}
	k, ok := d.byKey[tail]
	if !ok {
		return false
	}
	p := &d.people[k]
	if headlineOnlyEN(p, first) {
		return false // "Smiling Lee" in the headline, "Ann Lee" below: "Lee" is Ann Lee (claimant_en_headlinename.go)
	}
	return p.named >= 1 || p.particle || !d.strayLeadEN(firstWord(p.name)) || d.strayLeadNameEN(p.name)
}

// strayLeadNameEN reports whether the registered English name is a noun
// the text also writes in lower case before a first name and a surname
// ("Singer Ann Lee" where the text says "the singer"): three words, the
// first not in capitals ("WATCHED Ann Lee" is a video's label), the
// second not stray itself.
func (d *docState) strayLeadNameEN(name string) bool {
	f := strings.Fields(name)
	return len(f) == 3 && strings.ToUpper(f[0]) != f[0] && d.ch.common.has(strings.ToLower(f[0])) && upperFirst(f[1]) && !d.strayLeadEN(f[1])
}

// strayLeadEN reports whether the first word w of a registered English name
// may be no first name: a closed-class word, a role, a word in capitals, an
// agent noun or compound, a word the text also writes in lower case or
// before a lower-case word.
func (d *docState) strayLeadEN(w string) bool {
	return d.leadNotFirstEN(w) || titleLike(w, 0) || d.ch.notFirst.has(w) || d.ch.common.has(strings.ToLower(w)) || strings.IndexByte(w, '-') > 0
}

// personLikeEN reports whether an English claimant has the form of a
// person's name, so that a later "he" or "she" may refer to it: every word
// capitalised (an initial "A." included; a lower-case particle, also one
// joined by a hyphen: "al-Nadiri") and none of two letters or more in
// capitals only ("US", "AP", "FULL TEXT") but initials before the surname
// ("K.J. Osei": dottedCapsEN), not a group opened by a quantifier
// ("Some Democrats": groupNameEN); a generational suffix in capitals may
// end it ("Hugh Lane III"); and not a name the text wrote
// after "in", "at" or "from" (a place: "South Carolina"), nor a company
// with its legal form ("Marlow Advisory Ltd": companyFormEN).
func (d *docState) personLikeEN(who string) bool {
	if strings.IndexByte(who, ';') >= 0 || d.places[who] || orgNameEN(who) || groupNameEN(who) || companyFormEN(who) {
		return false // "Tax Foundation", "Some Democrats", "Marlow Advisory Ltd" is no "he"
	}
	for rest := who; rest != ""; {
		w := rest
		if k := strings.IndexByte(rest, ' '); k >= 0 {
			w, rest = rest[:k], rest[k+1:]
		} else {
			rest = ""
		}
		if w == "" {
			continue
		}
		if !upperFirst(w) && !surnameParticle(w) && !hyphenParticleEN(strings.ToLower(w)) {
			return false
		}
		if n := strings.TrimSuffix(w, "."); len(n) > 1 && allCaps(n) && !(rest != "" && dottedCapsEN(n)) && !(rest == "" && generationSuffixEN(n)) {
			return false // "FULL TEXT", "US"; not "Hugh Lane III"
		}
	}
	return true
}

// dottedCapsEN reports whether n, a word in capitals without its final full
// stop, is initials written together ("L.N", "T.S"; not "U.S").
func dottedCapsEN(n string) bool {
	var buf [8]byte
	if len(n) > len(buf) {
		return false
	}
	for i := 0; i < len(n); i++ {
		buf[i] = asciiLower[n[i]&0x7f]
	}
	return dottedInitials(string(buf[:len(n)]))
}

// surnameParticle reports whether w is a lower-case particle of a name
// ("de", "van", "bin").
func surnameParticle(w string) bool {
	switch w {
	case "de", "van", "von", "bin", "al", "der", "da", "di", "la", "le", "du":
		return true
	}
	return false
}

// notePlaceEN records a run of capitalised words written after "in",
// "at" or "from": a place or a body, which "he" and "she" do not refer to
// (after "the" as well lost more training units than it gained: "the
// Ann Lee campaign").
func (d *docState) notePlaceEN(toks []token, text string, i, j int) {
	if i == 0 || j-i < 1 {
		return
	}
	switch toks[i-1].low {
	case "in", "at", "from":
	default:
		return
	}
	if d.places == nil {
		d.places = map[string]bool{}
	}
	d.places[text[toks[i].s:toks[j-1].e]] = true
}

// recentSpeakerEN returns, for an English pronoun of gender g, the more
// recent of the last speaker of that gender and the last one of unknown
// gender: most people's gender is unknown (no list of first names), and
// "he said" after "Ann Lee said" means her rather than a man quoted long
// before; "" when neither is set.
func (d *docState) recentSpeakerEN(g byte) string {
	k := gi(g)
	if k == 0 || d.speakerEN[k] == "" || d.speakerEN[0] == "" {
		return ""
	}
	if d.speakerAt[0] > d.speakerAt[k] {
		return d.speakerEN[0]
	}
	return d.speakerEN[k]
}

// cutAtVerbEndEN reports whether an English run of capitalised words was
// cut at token j, a capitalised verb of saying that ends the clause ("in
// the United States.", "Member States,"): in running text the verb would
// be in lower case, so the word belongs to the name and the cut run is no
// speaker.
func cutAtVerbEndEN(toks []token, j int) bool {
	if j >= len(toks) || toks[j].flags&(tCap|tPunct) != tCap || toks[j].cat&cSpeech == 0 {
		return false
	}
	return j+1 == len(toks) || toks[j+1].is(tPunct) && strings.IndexByte(".,;:!?)", toks[j+1].p) >= 0
}

// noteTheTitleEN records a run of capitalised words toks[i:j] that the
// text writes after a capitalised "The" inside a sentence ("reported by
// The Washington Post", after a word or a comma, not a dash or quotation
// mark that may open a sentence): the article is part of the name, a title.
func (d *docState) noteTheTitleEN(toks []token, text string, i, j int) {
	if (i < 2 || text[toks[i-1].s:toks[i-1].e] != "The" || toks[i-2].is(tPunct) && toks[i-2].p != ',') && !newspaperTheEN(toks, text, i, j) {
		return // "The Harbor Times" keeps its article also at a sentence's start
	}
	if d.theTitle == nil {
		d.theTitle = map[string]bool{}
	}
	d.theTitle[text[toks[i].s:toks[j-1].e]] = true
}

// theTitledEN returns claimant c with its article when the text writes the
// name so ("The Washington Post" for "Washington Post").
func (d *docState) theTitledEN(c string) string {
	if d.theTitle[c] {
		return "The " + c
	}
	return c
}

// creditEN reports whether a claimant is a picture credit ("Photo/Ann
// Lee", "AP Photo/Ann Lee") or a dateline of several places in capitals
// ("SAN FRANCISCO/NEW YORK"), never a speaker.
func creditEN(who string) bool {
	k := strings.IndexByte(who, '/')
	if k < 0 {
		return false
	}
	if w := strings.ToLower(who[strings.LastIndexByte(who[:k], ' ')+1 : k]); w == "photo" || w == "photos" || w == "image" || w == "credit" {
		return true
	}
	return allCaps(who)
}

// foldIn reports whether w is one of words, case ignored, without
// allocating.
func foldIn(w string, words ...string) bool {
	for _, x := range words {
		if len(x) == len(w) && strings.EqualFold(w, x) {
			return true
		}
	}
	return false
}

// allCaps reports whether w has a letter and no lower-case letter ("AP",
// "NEW YORK").
func allCaps(w string) bool {
	letter := false
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		letter = letter || unicode.IsUpper(r)
	}
	return letter
}

// groupNameEN reports whether an English claimant opens with a quantifier
// ("Some Democrats", "Both Lee"): a group, which "he" or "she" does not
// refer to.
func groupNameEN(who string) bool {
	first, _, _ := strings.Cut(who, " ")
	return quantifierEN(first)
}
