package extract

import "strings"

// The people of a document: who is named, by which full name, role and
// gender, and how pronouns, surnames and roles resolve to them (the types
// are in claimant_docstate.go).

// gi returns the index of a gender in the by-gender arrays of docState:
// 0 unknown, 1 male, 2 female.
func gi(g byte) int {
	switch g {
	case 'm':
		return 1
	case 'f':
		return 2
	}
	return 0
}

// lookup returns the person known by name (full name, surname or another
// tail of the full name).
func (d *docState) lookup(name string) (*person, bool) {
	k, ok := d.byKey[name]
	if !ok {
		return nil, false
	}
	return &d.people[k], true
}

// register records a person named name (several words) and returns the
// full name, reusing a known person whose name ends with it; in German a
// name with words before a full name registered before is that person
// (knownTailDE: "Ihr Nachbar Karl-Heinz Beumer"), a description by
// a known name after "von" is not registered (ofKnownDE), and an English
// name with post-nominal letters is the name without them
// (postNominalCutEN).
func (d *docState) register(name string, g byte) string {
	name = gluedStopCut(name) // "Gesetze.Die Stadtwerke Kelheim": the name after the glued full stop
	if p, ok := d.lookup(name); ok {
		if p.unit != d.units {
			p.named, p.unit = p.named+1, d.units
		}
		if p.gender == 0 && g != 0 {
			p.gender = g
			d.lastPerson[gi(g)] = p.name
		}
		return p.name
	}
	if strings.IndexByte(name, ' ') < 0 {
		return name
	}
	if base, ok := d.postNominalCutEN(name); ok {
		full := d.register(base, g) // "Ann Lee KC": Ann Lee, also by that form (claimant_en_postnominal.go)
		if k, ok := d.byKey[full]; ok {
			d.byKey[name] = k
		}
		return full
	}
	if !d.en {
		if p := d.knownTailDE(name); p != "" {
			return p // "Ihr Nachbar Karl-Heinz Beumer": the person named before
		}
		if d.ofKnownDE(name) {
			return name // "Freundin von Eva Roth": not registered
		}
	}
	if d.byKey == nil {
		d.byKey = map[string]int{}
	}
	k := len(d.people)
	d.people = append(d.people, person{name: name, surname: name[strings.LastIndexByte(name, ' ')+1:], gender: g, unit: d.units, opening: d.openingName})
	d.byKey[name] = k
	for i := 0; i < len(name); i++ {
		if name[i] == ' ' && !d.keepsTailEN(name[i+1:], firstWord(name)) && !d.pluralTailEN(name[i+1:]) {
			d.byKey[name[i+1:]] = k
		}
	}
	if n, ok := strings.CutSuffix(name, "."); ok && strings.IndexByte(n, ' ') > 0 {
		d.byKey[n[strings.LastIndexByte(n, ' ')+1:]] = k // "Sven B.": also "B" (the unit's full stop cut off)
	}
	d.keyGenerationEN(name, k) // "Hugh F. Lane Jr": also "Lane"
	d.lastPerson[gi(g)] = name
	return name
}

func (d *docState) genderOf(name string) byte {
	if p, ok := d.lookup(name); ok && p.name == name {
		return p.gender
	}
	return 0
}

// roleGender guesses gender from a role word: Expertin, spokeswoman, Mr.
func roleGender(role string, de bool) byte {
	switch role {
	case "frau", "mrs", "ms", "spokeswoman", "congresswoman":
		return 'f'
	case "herr", "mr", "spokesman", "congressman", "könig", "papst":
		return 'm'
	}
	if de && (strings.HasSuffix(role, "in") && role != "chef") {
		return 'f'
	}
	// A German masculine role before a name is a man's: "Minister Jorin
	// Weber"; "Experte", "Abgeordnete", "Vorsitzende" may be either.
	if de && (strings.HasSuffix(role, "er") || strings.HasSuffix(role, "or") || strings.HasSuffix(role, "ent") ||
		strings.HasSuffix(role, "ef") || role == "ökonom" || role == "analyst") {
		return 'm'
	}
	return 0
}

// mentions registers the people named in a unit: first name + surname,
// role + name, name + apposition with a role.
func (d *docState) mentions(toks []token, text string, de bool, lex lexicon) {
	d.en = !de
	d.units++
	d.prevFirst, d.unitFirst = d.unitFirst, ""
	d.firstObl = [2]bool{false, d.firstObl[0]}
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if !t.is(tCap) || t.is(tPunct) || i+1 >= len(toks) || !toks[i+1].is(tCap) && abbrevDotEN(toks, i, de) == 0 {
			continue // a name or a role before a name: two capitalised words at least
		}
		role := roleOf(t, lex)
		var g byte
		start := i
		switch {
		case !de && contractionEN(text[t.s:t.e]):
			continue // "I'm Rachel Martin": the name starts after the contraction
		case role == "" && de && i > 0 && (nounAfterDE(&toks[i-1]) || adjectiveNounPairDE(toks, i)):
			continue // "durch das Fenster Menschen", "am Tag Strom", "die helfenden Nachbarn Geduld": nouns, not a first name and surname
		case role == "" && de && i > 0 && orgPrefixDE(text[toks[i-1].s:toks[i-1].e]):
			continue // "die IG Metall Nordwest": a body's name after its short form, no person
		case role == "" && de && (placeBodyNounDE(text[t.s:t.e]) || bodyHeadDE(text[t.s:t.e]) != ""):
			continue // "Stadt Lindau", "Bezirk Mitte" in a heading without its article: a body, no first name and surname
		case role == "" && de && closedClassDE(text[t.s:t.e], t.low):
			continue // "Viele Menschen", "Zwischen Spaziergängern": a function word opens the sentence
		case role == "" && !de && openingPrepEN(t.low):
			continue // "Like Makaeff, Roffman …", "Despite Ann Lee's veto": the preposition opens the sentence, no first name
		case role == "" && (t.cat == 0 || !de && t.cat&notFirstNameEN == 0) && i+1 < len(toks) && toks[i+1].is(tCap) && (toks[i+1].cat&(cNotName|cRole) == 0 || isInitial(toks, i+1) || de && roleSurnameDE(toks, i+1)),
			role == "" && !de && dottedInitials(t.low) && isInitial(toks, i): // "T.S. Ellis"
			// Two or more capitalised words no lexicon knows: a name
			// ("Petra Hollmann"), of unknown gender.
		case role != "":
			g = roleGender(role, de)
			start = i + 1 + abbrevDotEN(toks, i, de) // "Gov. Ann Lee"
			if de {
				start = skipAcademicDE(toks, start) // "Geschäftsführerin Dr. Eva Roth": the name after the title
			}
			if start >= len(toks) || !toks[start].is(tCap) || toks[start].cat&cNotName != 0 {
				continue
			}
		default:
			continue
		}
		j := nicknameCutEN(toks, text, start, nameRun(toks, start, de), de) // not "Tom Fenwick Thomas (Tom) …"
		// The run stops after six tokens; a middle initial's full stop
		// counts as one, so "… Leader Harry M. Reid" ends after "M.".
		for j < len(toks) && j-start < 8 && toks[j-1].p == '.' && toks[j].flags&(tCap|tPunct) == tCap && toks[j].cat&(cNotName|cSpeech) == 0 {
			j++
		}
		if !de {
			j = possessiveCutEN(toks, text, start, j) // "Reagan's Gallup rating": the name ends at the possessive
		}
		if role == "" && j-start < 2 {
			continue
		}
		// "Secretary of Labor Ann Lee": the office's words are no part of the name.
		if role == "" && start >= 2 && (roleOf(&toks[start-2], lex) != "" || de && toks[start-1].low == "für" && capWord(&toks[start-2])) {
			if k := d.officeOfEnd(toks, text, start-2, de); k > start && k < j { // the office ends inside the run
				start = k
			}
		}
		// "Supervisor of Elections Kim Osei": an office in a title's shape
		// ends in the run, whose last two words are the name.
		if !de && role == "" && start >= 2 && toks[start-1].low == "of" && capWord(&toks[start-2]) && titleShapeEN(toks[start-2].low) && officeOfNameEN(toks, start, j) {
			start = j - 2
		}
		// German: a noun after an article or possessive leads the run
		// ("ihren Kollegen Thomas Brandt").
		if de && role == "" {
			start += leadNounDE(toks, start, j) // "ihren Kollegen Thomas Brandt", "der junge Landwirt Tobias Rehm"
		}
		// German: a person's genitive and a noun lead the run ("Roths
		// Anwalt Peter Kalb").
		if de && role == "" && d.possessorLeadDE(toks, text, start, j) {
			start += 2
		}
		// German: a capitalised preposition opening the sentence is no
		// first name ("Gegen Eva Roth wird ermittelt").
		if de && role == "" && j-start >= 3 && prepositionsBeforeDE[toks[start].low] {
			start++
		}
		// An apposition with a role: "Hanna …, Professorin für …".
		if g == 0 && j+2 < len(toks) && toks[j].p == ',' {
			for k := j + 1; k < len(toks) && k <= j+3; k++ {
				if de && verbBeforeRoleDE(toks, k) {
					break // "Jan Roth, kritisierte die Ministerin": an object, no apposition
				}
				if r := roleOf(&toks[k], lex); r != "" {
					g = roleGender(r, de)
					break
				}
			}
		}
		if g == 0 && !de {
			g = kinshipGenderEN(toks, start) // "Her father, Tom Bell,"
		}
		if g == 0 && de && start >= 2 {
			g = personNounGenderDE(toks, start-1) // "die Schweizerin Eva Roth", "die Abgeordnete Eva Roth"
		}
		if !de {
			d.notePlaceEN(toks, text, start, j)
			d.noteTheTitleEN(toks, text, start, j)
			d.noteTheNameEN(toks, text, start, j)
		}
		d.openingName = !de && d.openingLine && start == 0 // "Smiling Lee returns": perhaps no first name (claimant_en_headlinename.go)
		name := d.registerName(stripPossessive(text[toks[start].s:initialEnd(toks, start, j)]), g, de)
		d.openingName = false
		if !de {
			d.noteOwnGenderEN(toks, j, name) // "Tom Bell, who voted against his own party"
		}
		if d.unitFirst == "" && d.known(name) {
			d.unitFirst = name
			d.firstObl[0] = de && afterPrepositionDE(toks, i)
		}
		if role != "" && !de && j-start == 1 {
			d.noteTitledEN(role, text[t.s:t.e], name)
		}
		if role != "" {
			d.noteRole(role, name) // also "governor" for "Gov. Ann Lee"
		}
		if role != "" && de {
			d.noteRoleWordDE(t, name) // "Bundespräsident", not only "präsident"
		}
		i = j - 1
	}
	if de {
		if d.links == nil {
			d.links = new(linkPosDE)
		}
		l := d.links
		l.findLinksDE(toks)
		d.noteRoleAppositionDE(toks, text, lex, l.vonGen)       // "den früheren Bürgermeister von Aulendorf, Gerhard Pfister,"
		d.noteAdjectivalRoleDE(toks, text)                      // "der Wehrbeauftragten Eva Roth"
		d.noteAdjectivalAppositionDE(toks, text, lex, l.derDes) // "Die Wehrbeauftragte des Bundestages, Eva Roth,"
		d.noteHeadOfBodyDE(toks, text, lex, l.derDes)           // "Der Vorstandsvorsitzende der Nordbahn, Jan Roth,"
		d.noteRoleAfterNameDE(toks, text, lex, l.derDes)        // "Bernd Roth, Chef der Nordbahn,"
		d.noteTitledNameDE(toks, text)                          // "Bundestrainer Jonas Keller" (claimant_de_titledname.go)
		d.noteLeadsBodyDE(toks, text, l.object)                 // "Bernd Roth leitet den Verband X"
		d.noteParticleNamesDE(toks, text)                       // "Ursula von der Leyen" (claimant_de_particlename.go)
	}
	if !de {
		d.noteLowerRolesEN(toks, text, lex)      // "actress Ann Lee": "the actress said"
		d.noteAppositionRolesEN(toks, text, lex) // "His lawyer, Ann Lee,": "according to his lawyer"
	}
}

// nameAt resolves the name or pronoun starting at token i (skipping articles
// and roles) to a person, or returns "".
func (d *docState) nameAt(toks []token, text string, i int, de bool, lex lexicon, plural, org bool) string {
	article := false
	for i < len(toks) && (toks[i].cat&cDet != 0 || toks[i].low == "to" ||
		possessive[toks[i].low] && i+1 < len(toks) && roleOf(&toks[i+1], lex) != "") {
		article = article || toks[i].cat&cDet != 0
		i++ // "der", "to", "dessen Sprecherin", "his spokesman"
	}
	if de && article {
		i = adjectivesDE(toks, i)            // "der niedersächsische Finanzminister Hartmut Möllring"
		i = ordinalTitleSkipDE(toks, i, lex) // "der Erste Bürgermeister"
	}
	if de {
		if q := quotedTitleDE(toks, text, i); q != "" {
			return q // "schrieb „Die Zeit“", "die Nachrichtenagentur „Xinhua“"
		}
	}
	if i >= len(toks) {
		return ""
	}
	t := &toks[i]
	if de && !t.is(tCap) {
		if full := d.particlePersonDE(particleSurnameDE(toks, text, i)); full != "" {
			return full // "sagte von der Leyen" after "Ursula von der Leyen"
		}
	}
	if de && plural && t.low == "sie" {
		return d.pluralSie.at(d.units) // "Außerdem plädierten sie dafür": the group claimed last
	}
	if g := pronoun(t, plural); g != 0 {
		if de {
			if who := d.pronounInUnitDE(toks, text, i, g); who != "" {
				return d.pronounGender(who, g) // "Als Roth kam, sagte sie"
			}
		}
		return d.resolvePronoun(g, de)
	}
	if !de && abbrevDotEN(toks, i, de) == 1 && titleWordEN(t.low) && roleOf(t, lex) == "" {
		return d.nameAt(toks, text, i+2, de, lex, plural, false) // "Gen. Ann Lee", "Rev. Tom Bell"
	}
	if r := roleOf(t, lex); r != "" {
		if k := d.officeOfEnd(toks, text, i, de); k > 0 {
			return d.nameAt(toks, text, k, de, lex, plural, false) // "Secretary of Labor Ann Lee"
		}
		n := i + 1
		if n+1 < len(toks) && toks[n].p == '.' && toks[n].s == t.e {
			n++ // "Ms. Leon", "Dr. Berger"
		}
		if de && n == i+1 && n < len(toks) && orgHeadDE(toks, text, n) == i {
			return text[t.s:toks[capRun(toks, text, n, de)-1].e] // "der Berufsverband Deutscher Rheumatologen": the noun heads a body's name
		}
		if n < len(toks) && toks[n].is(tCap) && !toks[n].is(tPunct) && toks[n].cat&cNotName == 0 {
			return d.nameAt(toks, text, n, de, lex, plural, false)
		}
		if de {
			if who := d.nameAfterGenitiveDE(toks, text, n, lex); who != "" {
				return who // "laut dem Direktor der Luftfahrtbehörde Roberto Rodriguez"
			}
			return d.roleHolderDE(t, r) // "der Bundespräsident": not the last "Bundestagspräsident"
		}
		return d.roles[r]
	}
	if !t.is(tCap) || t.is(tPunct) || t.cat&cNotName != 0 {
		return ""
	}
	j := nicknameCutEN(toks, text, i, nameRun(toks, i, de), de) // not "Tom Fenwick Thomas (Tom) …"
	if de {
		j = openingAdjectiveEndDE(toks, text, i, j) // "Chinesische Behörden betonen"
	}
	if org {
		j = capRun(toks, text, i, de)
		if de {
			j = orgTailDE(toks, text, j) // "Studie der Universität Mannheim", "laut dem Institut der deutschen Wirtschaft"
		}
	}
	if de && org {
		j = datPluralAdjectiveEndDE(toks, text, i, j) // "Örtlichen Medien zufolge" (claimant_de_openadj.go)
	}
	if !de && ordinalRankAt(toks, j) {
		return d.nameAt(toks, text, j+3, de, lex, plural, false) // "Air Force 1st Lt. Ann Lee"
	}
	if cutAtVerb(toks, j) || !de && cutAtVerbEndEN(toks, j) {
		return "" // "the United States into …": a run cut at a word the lexicon knows as a verb
	}
	name := text[t.s:initialEnd(toks, i, j)]
	if de && article && j-i >= 2 {
		name = nominativeDE(toks[i-1].low, name) // "der Deutsche Wetterdienst" → "Deutscher Wetterdienst"
	}
	if j-i == 1 {
		if p, ok := d.lookup(name); ok {
			return p.name
		}
		if de && article && !org {
			return "" // "kritisierte die Regelung": an object, a common noun
		}
		if de && !org && t.cat != 0 {
			return "" // a known word, not a name
		}
	}
	return d.registerName(name, 0, de)
}
