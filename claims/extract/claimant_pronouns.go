package extract

// The pronouns of a document: the gender a subject pronoun refers to, the
// possessives before a role, and the person a pronoun resolves to.

// pronoun returns the gender a pronoun token refers to, or 0 if none.
func pronoun(t *token, plural bool) byte {
	switch t.low {
	case "er", "he":
		return 'm'
	case "she":
		return 'f'
	case "sie":
		if !plural {
			return 'f'
		}
	}
	return 0
}

// possessive are the words that may stand before a role: "sagte dessen
// Sprecherin …", "said his spokesman …".
var possessive = map[string]bool{
	"dessen": true, "deren": true, "ihr": true, "sein": true, "seine": true, "seiner": true, "ihre": true, "ihrer": true,
	"his": true, "her": true, "its": true, "their": true,
}

// resolvePronoun returns, in German, a spokesperson without a name who
// spoke in the unit before if the gender fits (prevSpokespersonDE), the
// first person named in the previous unit if the gender fits ("Dr. Anna Berger warb … Sie
// nannte …"), also by surname (prevNamedDE); else the last named speaker
// (else person) of gender g, else of unknown gender (in German
// not a body by its head noun, nor a person whose name opens with no first
// name: "jede Entscheidung Folgen"). (In English the first rule lost more than it gained
// on the training articles.)
func (d *docState) resolvePronoun(g byte, de bool) string {
	if de {
		if who := d.prevSpokespersonDE(g); who != "" {
			return who // "Ein Konzernsprecher wies das zurück. …, sagte er."
		}
		if who := d.pronounBodyDE(g); who != "" {
			return who // "Der Naturschutzbund X sieht das anders. Er verlangt, …"
		}
	}
	if who := d.knownSpeakerOverUnknownDE(g); de && who != "" {
		return who // "Die Imkerin Jana Vogt …. Jens Kolbe verkaufte Honig. …, sagte sie."
	}
	if who := d.prevRoleClaimantDE(g); de && who != "" {
		return who // "Eine Prüferin des Verbands räumte ein, dass Ruderclubs Zuschüsse …. „…“, sagte sie."
	}
	if de && d.prevFirst != "" {
		if pg := d.genderOf(d.prevFirst); pg == g || pg == 0 && d.personLikeDE(d.prevFirst) {
			return d.prevFirst
		}
	}
	if p := d.prevNamedDE(g); de && p != "" {
		return p // "Am Nachmittag soll Roth verärgert gewesen sein. „…“, sagt sie."
	}
	speakers := &d.lastSpeaker
	if !de {
		speakers = &d.speakerEN // "he said" names a person, not "the White House" or "US"
		if s := d.describedPronounEN(g); s != "" {
			return s // "A spokeswoman for the ministry said …. She said …"
		}
		if s := d.prevNarratedEN(g); s != "" {
			return s // "Ann Lee thanked the crowd. “…,” she said."
		}
		if s := d.recentSpeakerEN(g); s != "" {
			return s
		}
		return d.earlierPersonEN(g) // not a name its own unit gives later
	}
	for _, k := range [...]int{gi(g), 0} {
		if s := speakers[k]; s != "" && (k > 0 || !de || d.personLikeDE(s) && bodyHeadDE(s) == "") {
			return s // not "das Bundesverfassungsgericht" for "sie": a body's gender is its noun's (pronounBodyDE)
		}
	}
	for _, k := range [...]int{gi(g), 0} {
		if s := d.lastPerson[k]; s != "" && (k > 0 || !de || d.personLikeDE(s) && firstNamesDE(firstWord(s))) {
			return s
		}
	}
	return ""
}
