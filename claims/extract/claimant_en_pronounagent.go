package extract

import "strings"

// "Ann Lee died on Friday, her family said.", "Tom Bell was called to
// testify, but his attorney said …": "his" or "her" and a noun of
// representation (agentNounEN) as the subject of the verb of saying.
// The claimant is the family or the lawyer, named by the surname of the
// person the pronoun refers to ("Lee's family"), not that person.

// pronounAgentEN returns "<surname>'s <noun>" ("<surname> campaign", as
// "the Lee campaign" is written) when the subject of the
// English verb of saying v is "his" or "her" and a noun of representation
// opening the clause, and the pronoun refers to a person the text named
// in full; "" otherwise.
func (d *docState) pronounAgentEN(toks []token, text string, v int) string {
	e := subjectEndEN(toks, auxiliaryStartEN(toks, v))
	if e < 2 || !lowerWord(&toks[e-1]) || !agentNounEN(toks[e-1].low) {
		return ""
	}
	p := e - 2
	g := pronounPossessiveGenderEN(toks[p].low)
	if g == 0 || p > 0 && !toks[p-1].is(tPunct) && !foldIn(toks[p-1].low, "and", "but") {
		return ""
	}
	who := d.pronounInUnitEN(toks, text, p, g)
	if who == "" {
		who = d.resolvePronoun(g, false)
	}
	person, ok := d.lookup(who)
	if !ok || strings.IndexByte(person.name, ' ') < 0 || d.knownBodyEN(person.name) {
		return "" // not "Power's office" for "the grid operator Northvale Power"
	}
	noun := text[toks[e-1].s:toks[e-1].e]
	surname := surnameEN(person.name)
	if noun == "campaign" {
		return surname + " " + noun // "the Lee campaign"
	}
	apos := "'"
	if strings.Contains(text, "’") {
		apos = "’" // the apostrophe the text writes
	}
	if strings.HasSuffix(surname, "s") {
		return surname + apos + " " + noun // "Dowless' attorney"
	}
	return surname + apos + "s " + noun
}

// surnameEN returns the last word of the English full name, a generation
// after it left out ("Tom Bell Jr." → "Bell").
func surnameEN(name string) string {
	f := strings.Fields(name)
	if n := len(f); n > 2 && foldIn(strings.TrimSuffix(f[n-1], "."), "jr", "sr", "ii", "iii", "iv") {
		f = f[:n-1]
	}
	return strings.TrimSuffix(f[len(f)-1], ",")
}

// pronounPossessiveGenderEN returns the gender of the English possessive
// pronoun w ("his" 'm', "her" 'f'), 0 for any other word.
func pronounPossessiveGenderEN(w string) byte {
	switch w {
	case "his":
		return 'm'
	case "her":
		return 'f'
	}
	return 0
}
