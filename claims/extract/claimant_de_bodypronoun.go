package extract

import "strings"

// "Der Naturschutzbund Talbach sieht das anders. Er verlangt, …" and "Die
// Landesanstalt widersprach. …, teilte sie mit.": a personal pronoun right
// after a unit in which a body spoke refers to that body when the body's
// noun takes it, not to the last person of the pronoun's gender. A neuter
// body ("das Amt", "das Ministerium") is "es", never "er": after it "er"
// is a man (a spokesman the text did not name).

// neuterHeadsDE are endings of neuter nouns of bodies (closed class).
var neuterHeadsDE = [...]string{"amt", "ministerium", "institut", "gericht", "unternehmen", "präsidium", "zentrum",
	"büro", "komitee", "werk", "haus", "kabinett", "parlament", "gremium", "bündnis", "klinikum", "kollegium"}

// moreBodyHeadsDE are endings of nouns of bodies that the lists of body
// heads (bodyHeadsDE) and kinds (kindHeadsDE) leave out (closed class).
var moreBodyHeadsDE = [...]string{"bund", "anstalt", "wehr", "betriebsrat", "vorstand", "senat"}

// pronounBodyDE returns the claimant of the unit right before when it is
// a body whose first word ends in a noun of a body (bodyHeadDE,
// kindHeadDE, moreBodyHeadsDE) and the personal pronoun of gender g ('m'
// "er", 'f' "sie") fits that noun (nounGenderDE, neuterBodyDE); ""
// otherwise.
func (d *docState) pronounBodyDE(g byte) string {
	who := d.prevClaim
	if d.sinceClaim != 1 || who == "" || strings.Contains(who, "; ") || !upperFirst(who) {
		return ""
	}
	first, _, _ := strings.Cut(who, " ")
	if !bodyNounDE(first) || nounGenderDE(who) != g || g == 'm' && neuterBodyDE(who) {
		return ""
	}
	return who
}

// bodyNounDE reports whether the capitalised word w ends in a noun of a
// body (bodyHeadDE, kindHeadDE, moreBodyHeadsDE).
func bodyNounDE(w string) bool {
	if bodyHeadDE(w) != "" || kindHeadDE(w) != "" {
		return true
	}
	for _, h := range moreBodyHeadsDE {
		if hasSuffixFold(w, h) {
			return true
		}
	}
	return false
}

// neuterBodyDE reports whether the first word of a body's name ends in a
// neuter noun of a body (neuterHeadsDE).
func neuterBodyDE(name string) bool {
	w, _, _ := strings.Cut(name, " ")
	for _, h := range neuterHeadsDE {
		if hasSuffixFold(w, h) {
			return true
		}
	}
	return false
}
