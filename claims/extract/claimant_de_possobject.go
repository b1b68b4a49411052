package extract

import "strings"

// "Die Jury nennt Tiedes Bild ein Meisterwerk": the genitive of a person
// the text knows before a noun is an object's owner, not a subject after
// the verb. personAfter took it for one, so the Vorfeld ("Die Jury") was
// not read as the subject and the object became the claimant.

// possessedObjectDE reports whether the capitalised word at k is the
// genitive of a person the text knows ("Tiedes", "Lenz'") and a
// capitalised noun follows it ("Bild").
func (d *docState) possessedObjectDE(toks []token, text string, k int) bool {
	if k >= len(toks) || !capWord(&toks[k]) {
		return false
	}
	w, n := text[toks[k].s:toks[k].e], k+1
	owner := ""
	switch {
	case strings.HasSuffix(w, "'") || strings.HasSuffix(w, "’"):
		owner = strings.TrimRight(w, "'’") // "Lenz'" as one token
	case n < len(toks) && (text[toks[n].s:toks[n].e] == "'" || text[toks[n].s:toks[n].e] == "’"):
		owner, n = w, n+1 // "Lenz", "'"
	case len(w) > 3 && w[len(w)-1] == 's':
		owner = w[:len(w)-1] // "Tiedes"
	default:
		return false
	}
	if n >= len(toks) || !capWord(&toks[n]) {
		return false
	}
	p, ok := d.lookup(owner)
	return ok && strings.HasSuffix(p.name, owner)
}
