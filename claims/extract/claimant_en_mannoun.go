package extract

import "strings"

// "Her opponent, businessman Tom Reddy, said": English forms a person's
// occupation or office with "-man", "-woman" or "-person" ("chairman",
// "congresswoman", "salesperson"); such a word before a name is a role
// even when the lexicon does not list it.

// minManNoun is the fewest letters of such a compound ("seaman"), so that
// "human" and "woman" alone are none.
const minManNoun = 6

// manNounEN reports whether the lower-case word w is a compound of
// occupation in "-man", "-woman" or "-person".
func manNounEN(w string) bool {
	if len(w) < minManNoun || w == "woman" {
		return false
	}
	return strings.HasSuffix(w, "man") || strings.HasSuffix(w, "person")
}
