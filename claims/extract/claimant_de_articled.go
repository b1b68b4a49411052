package extract

import "strings"

// German news write a person named in full once later with a definite
// article and a description before the surname ("Eva Lorenz … sagt die
// Kölner Lorenz", "… so der Bäcker Brenner"). A first name takes no
// article in written German, so two capitalised words after a definite
// article are a description and a surname, and the guide wants the full
// name the text gave the person with that surname.

// articledSurnameDE returns the full name of the one other person whose
// surname is the last word of who when who is two capitalised words the
// unit writes right after a definite article ("der Kölner Lorenz"); when
// the second word is a noun of a person ("der Kölner Bäcker"), the one
// person of its gender the last units named in full (recentPersonDE); else
// who. A noun of a town or district before a name ("die Stadt Vellbrück":
// placeBodyNounDE) or a body's head noun ("die Polizeiinspektion
// Vellbrück", "das Landratsamt Vellbrück": bodyPlaceDE) is a body's name
// and stays; the town is no surname of a body named before ("die
// Bergwacht Vellbrück").
func (d *docState) articledSurnameDE(toks []token, text, who string, lex lexicon) string {
	desc, sur, ok := strings.Cut(who, " ")
	if !ok || strings.IndexByte(sur, ' ') >= 0 || strings.IndexByte(who, ';') >= 0 || !upperFirst(desc) || !upperFirst(sur) || compassWordDE(sur) || legalFormsDE[sur] {
		return who // "die Regionalbahn Süd": a body's name, no surname; not "die Kessel AG": a firm's legal form is no surname
	}
	if placeBodyNounDE(desc) || bodyPlaceDE(who) {
		return who // "die Stadt Vellbrück", "die Polizeiinspektion Vellbrück": a body, no person (claimant_de_placebody.go, claimant_de_bodyplace.go)
	}
	for k := 1; k+1 < len(toks); k++ {
		if text[toks[k].s:toks[k].e] != desc || text[toks[k+1].s:toks[k+1].e] != sur || !definiteArticleDE(toks[k-1].low) {
			continue
		}
		if full := d.otherBySurnameDE(sur, who); full != "" {
			return full
		}
		if g := personNounGender(toks[k-1].low, &toks[k+1], lex); g != 0 {
			if p := d.recentOtherPersonDE(g, who); p != "" {
				return p // "der Kölner Bäcker": the capitalised word is an adjective of place
			}
		}
		return who
	}
	return who
}

// definiteArticleDE reports whether w is a form of the German definite
// article.
func definiteArticleDE(w string) bool {
	switch w {
	case "der", "die", "das", "des", "dem", "den":
		return true
	}
	return false
}

// otherBySurnameDE is bySurnameDE leaving out the person registered as
// not (the description and surname itself; "" leaves out nobody): the
// full name of the one person whose surname is s and whose name opens with
// first names (firstNamesDE), perhaps after an office ("Landrat Jan Kolb"
// gives "Jan Kolb": officeLedDE), "" if none or several.
func (d *docState) otherBySurnameDE(s, not string) string {
	found := ""
	for i := range d.people {
		p := &d.people[i]
		if p.surname != s {
			continue
		}
		name := officeLedDE(claimantName(p.name))
		k := strings.LastIndexByte(name, ' ')
		if name == not || k < 0 || name[k+1:] != s || !plainName(name) || !firstNamesDE(name[:k]) {
			continue
		}
		if found != "" && found != name {
			return "" // two people of that surname
		}
		found = name
	}
	return found
}

// officeLedDE returns a name of three words that opens with an office
// without it ("Landrat Jan Kolb" → "Jan Kolb", as describedNameDE cuts a
// claimant), other names as they are. A person named so at the start of a
// sentence is registered with the office, by which a later "der Landrat"
// finds them.
func officeLedDE(name string) string {
	if strings.Count(name, " ") != 2 || !officeWordDE(firstWord(name)) {
		return name
	}
	return describedNameDE(name)
}
