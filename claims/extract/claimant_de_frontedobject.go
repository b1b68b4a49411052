package extract

import "strings"

// A German main clause may open with its object ("Den Vorschlag lehnte
// die Ministerin ab", "Seinen Rücktritt kündigte der Minister an"): when
// the first word is a determiner that cannot be nominative, or a plural
// noun stands before a singular verb (pluralObjectDE), the Vorfeld is no
// subject, and the subject is the noun phrase after the verb.

// objectOpenersDE are determiners and possessives in the accusative or
// dative only (masculine singular, dative plural).
var objectOpenersDE = map[string]bool{
	"den": true, "dem": true, "einen": true, "einem": true,
	"diesen": true, "diesem": true, "jenen": true, "jenem": true,
	"seinen": true, "seinem": true, "ihren": true, "ihrem": true,
	"unseren": true, "unserem": true, "keinen": true, "keinem": true,
}

// maxObjectVorfeld is the most tokens a fronted object may have.
const maxObjectVorfeld = 10

// frontedObjectDE reports whether the unit opens with a fronted object
// before the verb at v: an object-only determiner first and no
// punctuation before the verb.
func frontedObjectDE(toks []token, v int) bool {
	if v < 2 || v > maxObjectVorfeld || !objectOpenersDE[toks[0].low] && !pluralObjectDE(toks, v) {
		return false
	}
	for k := 1; k < v; k++ {
		if toks[k].is(tPunct) {
			return false
		}
	}
	return true
}

// frontedObjectSubjectDE is the subject after the verb when the unit
// opens with a fronted object ("Den Plan kritisierte der Verband scharf").
func frontedObjectSubjectDE(d *docState, u *claimUnit, s verbAt) string {
	if s.front || !frontedObjectDE(u.toks, s.v) {
		return ""
	}
	return d.invertedSubjectDE(u.toks, u.text, s.v, u.lex)
}

// pluralObjectDE reports whether the Vorfeld before the verb v is "die"
// (or "diese", a possessive) and a noun whose ending makes it plural
// ("Überlegungen", "Freiheiten", "Erkenntnisse") while the verb is in the
// singular and an article follows it: "Die Überlegungen erklärt der
// Manager mit …". A plural noun cannot be the subject of a singular verb,
// so the article after the verb opens the subject.
func pluralObjectDE(toks []token, v int) bool {
	switch toks[0].low {
	case "die", "diese", "seine", "ihre", "unsere", "solche":
	default:
		return false
	}
	n := &toks[v-1]
	if !capWord(n) || !pluralEndingDE(n.low) || !strings.HasSuffix(toks[v].low, "t") && !strings.HasSuffix(toks[v].low, "te") {
		return false
	}
	if v+1 >= len(toks) {
		return false
	}
	switch toks[v+1].low {
	case "der", "ein", "dieser":
		return true
	}
	return false
}

// pluralEndingDE reports whether the German noun w (lower case) has an
// ending only plurals have.
func pluralEndingDE(w string) bool {
	for _, suf := range [...]string{"ungen", "heiten", "keiten", "schaften", "ionen", "täten", "nisse"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}
