package extract

import "strings"

// German news put a common noun before a name to say what it names: the
// kind of body ("die Nachrichtenagentur Xinhua", "das Unternehmen Adidas",
// "die Denkfabrik Nordlicht-Institut") or the person's office or trade
// ("Landrat Jan Kolb", "Kurator Mira Berg"). The noun
// describes; the claimant is the name after it.

// bodyKindsDE are the head nouns of German compounds that name a kind of
// body which is then named ("Nachrichtenagentur", "Fachmagazin",
// "Pharmaunternehmen", "Hilfsorganisation"): media and firms. Bodies whose
// kind is part of their name ("Stiftung Warentest", "Bundesverband
// Onlinehandel", "Landgericht München") are not listed.
var bodyKindsDE = [...]string{"agentur", "zeitung", "magazin", "zeitschrift", "unternehmen", "konzern", "firma",
	"denkfabrik", "organisation", "sender", "portal"}

// bodyKindDE reports whether a capitalised word is a noun of a kind of
// body by its head (bodyKindsDE).
func bodyKindDE(w string) bool {
	if !upperFirst(w) {
		return false
	}
	for _, h := range bodyKindsDE {
		if hasSuffixFold(w, h) {
			return true
		}
	}
	return false
}

// officeSuffixesDE are endings of German nouns of office, rank and trade
// that first names do not have ("Landrat", "Stadträtin", "Kurator",
// "Chronisten", "Oberst", "Milliardär", "Kommandeur"). The bare -er of
// "Lehrer" is not among them: first names end so too ("Peter").
var officeSuffixesDE = [...]string{"rat", "rätin", "ator", "atorin", "isten", "istin", "erst", "är", "ärin", "eur", "eurin", "vorstand"}

// officeWordDE reports whether a capitalised word before a full name is an
// office or a trade by its ending (officeSuffixesDE), as a German title
// (titleWordDE) or as one of officesDE (partWordDE: "Kapitän").
func officeWordDE(w string) bool {
	return titleWordDE(w) || officeEndingDE(w)
}

// officeEndingDE reports whether a capitalised word is an office or a
// trade by its ending (officeSuffixesDE) or as one of officesDE: what
// officeWordDE adds to titleWordDE, for the callers that asked that first.
func officeEndingDE(w string) bool {
	if partWordDE(w) {
		return true
	}
	for _, suf := range officeSuffixesDE {
		if len(w) >= len(suf)+2 && hasSuffixFold(w, suf) {
			return true
		}
	}
	return false
}

// describedNameDE drops the describing noun before a name from a German
// claimant: a kind of body before a name of one or two capitalised words
// ("Presseagentur Xinhua" → "Xinhua"), an office before a first name and a
// surname ("Landrat Jan Kolb" → "Jan Kolb"). A declined
// adjective after the noun makes it the head of the body's own name
// ("Berufsverband Deutscher Internisten"), and several claimants are
// left alone.
func describedNameDE(who string) string {
	noun, rest, ok := strings.Cut(who, " ")
	if !ok || strings.IndexByte(who, ';') >= 0 || !upperFirst(rest) || adjectiveDE(firstWord(rest)) || !plainName(rest) || orgPrefixDE(noun) {
		return who
	}
	words := 1 + strings.Count(rest, " ")
	switch {
	case words <= 2 && bodyKindDE(noun):
		return rest
	case words == 2 && officeWordDE(noun) && !bodyKindDE(firstWord(rest)) && !bodyOpensNameDE(noun): // not "Heimatverband Alte Mühle"
		return rest
	}
	return who
}

// acronymCompoundDE returns the acronym that opens a German compound
// naming what a body published ("OSZE-Bericht", "IHME-Modell",
// "RKI-Studie"): the body is the source. Other claimants are returned as
// they are.
func acronymCompoundDE(who string) string {
	k := strings.IndexByte(who, '-')
	if k < 2 || strings.IndexByte(who, ' ') >= 0 || !acronymWord(who[:k]) {
		return who
	}
	if tail := strings.ToLower(who[k+1:]); tail == "modell" || tail == "studie" || communicationNounsDE[tail] || publicationCompoundDE(tail) {
		return who[:k]
	}
	return who
}

// abstractTailDE drops a last word in the plural of an abstract noun
// (-ungen, -heiten, -keiten) from a claimant of several words: a name
// does not end so, the word is the object the run of capitalised words
// took in after the subject ("kritisierte Jan Roth Reisebeschränkungen",
// "hat Roth Steuererleichterungen angekündigt").
func abstractTailDE(who string) string {
	k := strings.LastIndexByte(who, ' ')
	if k < 0 || strings.IndexByte(who, ';') >= 0 {
		return who
	}
	last := who[k+1:]
	for _, suf := range [...]string{"ungen", "heiten", "keiten"} {
		if len(last) > len(suf)+2 && strings.HasSuffix(last, suf) {
			return who[:k]
		}
	}
	return who
}
