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
// gender; "" otherwise.
func (d *docState) kindFallbackDE(who string) string {
	c := d.prevClaim
	if c == "" || c == who || d.sinceClaim > maxKindFallbackUnits || d.genderOf(c) != 0 {
		return ""
	}
	if strings.Contains(c, "; ") || kindHeadDE(c) == c || bodyHeadDE(c) == c {
		return "" // several claimants, or a bare noun itself
	}
	return c
}
