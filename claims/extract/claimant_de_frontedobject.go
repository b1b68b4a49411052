package extract

// A German main clause may open with its object ("Den Vorschlag lehnte
// die Ministerin ab", "Seinen Rücktritt kündigte der Minister an"): when
// the first word is a determiner that cannot be nominative, the Vorfeld is
// no subject, and the subject is the noun phrase after the verb.

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
	if v < 2 || v > maxObjectVorfeld || !objectOpenersDE[toks[0].low] {
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
