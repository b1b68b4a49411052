package extract

import "strings"

// A claimant such as "A spokesman for the prosecutor's office" ends in a
// body's word ("office") but names a person who speaks for the body: it
// is no body that a later "the ministry said" could refer to.

// describedPersonEN reports whether the English claimant who opens with
// an article and holds a role noun (roleNounWordEN: "A spokesman for …",
// "A Harbor University spokesman").
func describedPersonEN(who string) bool {
	words := strings.Fields(strings.ToLower(who))
	if len(words) < 3 || !foldIn(words[0], "a", "an", "the") {
		return false
	}
	for _, w := range words[1:] {
		if roleNounWordEN(w) {
			return true
		}
	}
	return false
}

// roleNounWordEN reports whether the lower-case word w is a role noun,
// as roleNounEN tells of a token.
func roleNounWordEN(w string) bool {
	return wordCategory(w)&cRole != 0 || titleWordEN(w)
}
