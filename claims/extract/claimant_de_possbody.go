package extract

import "strings"

// "Der Verband der Rentner begrüßte den Entwurf. Nach seinen Angaben
// bezieht …": the possessive refers to the body the unit before quoted,
// not to the last man quoted. "sein" stands for a masculine or neuter
// noun, "ihr" for a feminine one or a plural.

// possessiveBodyDE returns the claimant of the unit right before when it
// is a body, not a person, and the possessive of gender g ('m' for
// "sein", 'f' for "ihr") fits the grammatical gender of its head noun;
// "" otherwise. A name the register holds is a person unless its first
// word ends in the head noun of a body or a kind of body ("Verband",
// "Partei").
func (d *docState) possessiveBodyDE(g byte) string {
	who := d.prevClaim
	if d.sinceClaim != 1 || who == "" || strings.Contains(who, "; ") || !upperFirst(who) {
		return ""
	}
	first, _, _ := strings.Cut(who, " ")
	if _, ok := d.lookup(who); ok && bodyHeadDE(first) == "" && kindHeadDE(first) == "" {
		return "" // a person ("Sozialverband Talbach", registered as a name of two words, is a body)
	}
	if nounGenderDE(who) != g {
		return ""
	}
	return who
}

// nounGenderDE guesses, from its first word, whether a body's name takes
// "sein" ('m': masculine or neuter) or "ihr" ('f': feminine or plural): an
// adjective by its ending in the nominative ("Deutscher", "Statistisches"
// 'm'; "Deutsche" 'f'), a noun by the endings of feminine nouns and of
// plurals (-ung, -heit, -keit, -schaft, -ion, -tät, -ei, -ie, -ik, -e,
// -en); any other noun 'm' (a plural in -er is taken for one).
func nounGenderDE(name string) byte {
	w, _, _ := strings.Cut(name, " ")
	w = strings.ToLower(w)
	if adjectiveDE(name[:len(w)]) {
		if strings.HasSuffix(w, "e") || strings.HasSuffix(w, "en") {
			return 'f'
		}
		return 'm'
	}
	for _, suf := range [...]string{"ung", "heit", "keit", "schaft", "ion", "tät", "ei", "ie", "ik", "e", "en", "anstalt", "kammer", "wehr"} {
		if strings.HasSuffix(w, suf) {
			return 'f'
		}
	}
	return 'm'
}
