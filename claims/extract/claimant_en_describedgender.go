package extract

import "strings"

// "A spokeswoman for the ministry said no schools would close. She said
// …": a described source whose noun has a gender ("spokeswoman",
// "chairman") is what "she" or "he" of that gender in the very next unit
// refers to, not a named speaker quoted earlier.

// describedPronounEN returns the last claimant when the unit before gave
// it, it is a described source (describedEN) and the noun that heads it
// is of gender g; "" otherwise.
func (d *docState) describedPronounEN(g byte) string {
	c := d.prevClaim
	if g == 0 || d.sinceClaim != 1 || !describedEN(c) {
		return ""
	}
	if describedGenderEN(c) != g {
		return ""
	}
	return c
}

// describedGenderEN returns the gender of the noun that heads the
// described source c ("A spokeswoman for the ministry" → 'f'): the last
// word before a preposition or the end, 0 when it has none.
func describedGenderEN(c string) byte {
	words := strings.Fields(strings.ToLower(c))
	head := ""
	for _, w := range words[1:] {
		if foldIn(w, "for", "of", "at", "in", "from", "with", "to", "who", "close") {
			break
		}
		head = w
	}
	if g := roleGender(head, false); g != 0 {
		return g
	}
	switch {
	case strings.HasSuffix(head, "woman"):
		return 'f'
	case strings.HasSuffix(head, "man") && len(head) > 5:
		return 'm' // "chairman", not "human"
	}
	return 0
}
