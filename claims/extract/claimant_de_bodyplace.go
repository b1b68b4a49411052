package extract

import "strings"

// "Das Arbeitsgericht Hellbrück", "die Verbraucherzentrale Hellbrück":
// two bodies named by their kind and the same town. The town is no
// surname, so the one body is not the "full name" of the other
// (fullName reads the last word of a name whose other words are titles
// as a surname).

// bodyPlaceDE reports whether c, a German claimant of two words or more,
// opens with a head noun of a body (bodyHeadDE, bodyAndHeadDE) and so
// names a body, whose last word is no surname.
func bodyPlaceDE(c string) bool {
	head, _, ok := strings.Cut(c, " ")
	return ok && (bodyHeadDE(head) != "" || bodyAndHeadDE(head))
}
