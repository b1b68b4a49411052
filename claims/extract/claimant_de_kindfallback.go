package extract

import "strings"

// "Die Nordbahn kündigte einen Notfahrplan an. … teilte das Unternehmen
// mit": a body named by its bare name, with no kind noun before it
// (noteKindsDE), is later called by a kind noun all the same ("das
// Unternehmen", "die Organisation"). When the text introduced no body with
// that kind noun, the kind noun stands for the last claimant named in the
// last units. The bare kind noun is no claimant the guide accepts, so a
// wrong guess (a person as the last claimant) loses nothing that was right.

// maxKindFallbackUnits is the most units since the last claimant for a
// kind noun to stand for it.
const maxKindFallbackUnits = 3

// kindFallbackDE returns the last claimant for the bare kind noun who
// when it was named at most maxKindFallbackUnits units before, is not who
// itself nor another bare noun of a body, and is no person of known
// gender nor a name of a person's form (fullNameShapeDE: "Der Verein
// teilte mit" after "Trainerin Mara Lenz pochte auf …" is not Mara Lenz);
// "" otherwise.
func (d *docState) kindFallbackDE(who string) string {
	c := d.prevClaim
	if c == "" || c == who || d.sinceClaim > maxKindFallbackUnits || d.genderOf(c) != 0 || fullNameShapeDE(c) {
		return ""
	}
	if strings.Contains(c, "; ") || kindHeadDE(c) == c || bodyHeadDE(c) == c {
		return "" // several claimants, or a bare noun itself
	}
	return c
}

// openingBodyDE returns the name that opens the unit after a definite
// article, a name of two capitalised words or more ("Die Regionalbahn Süd stellt
// den Verkehr ein, wie das Unternehmen mitteilte"), when the kind noun who
// comes later in the unit; "" otherwise.
func (d *docState) openingBodyDE(toks []token, text, who string) string {
	if len(toks) < 4 || toks[0].low != "der" && toks[0].low != "die" && toks[0].low != "das" || !capWord(&toks[1]) {
		return ""
	}
	e := capRun(toks, text, 1, true)
	if e <= 2 || e >= len(toks) {
		return ""
	}
	name := text[toks[1].s:toks[e-1].e]
	if strings.Contains(name, who) {
		return ""
	}
	for k := e; k < len(toks); k++ {
		if text[toks[k].s:toks[k].e] == who {
			return name
		}
	}
	return ""
}
