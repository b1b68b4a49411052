package extract

import "strings"

// "Lestria rejected the accusation. Its foreign ministry said …": "its"
// opening the claimant refers to the body quoted last; the claimant is
// that body's ("Lestria's foreign ministry"), or the description alone
// when no body was quoted, never "Its foreign ministry".

// itsClaimantEN returns who with an opening "Its"/"its" and lower-case
// words after it written as the possessive of the body quoted last, or
// without "Its" when there is none; who otherwise.
func (d *docState) itsClaimantEN(who string) string {
	rest, ok := strings.CutPrefix(who, "Its ")
	if !ok {
		rest, ok = strings.CutPrefix(who, "its ")
	}
	if !ok || rest == "" || strings.ToLower(rest) != rest {
		return who
	}
	if b := d.lastBodyEN; b != "" && upperFirst(b) && !strings.Contains(b, ";") {
		return b + "'s " + rest
	}
	return rest
}
