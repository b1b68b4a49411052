package extract

import "strings"

// bodyHeadFirstDE reports whether the German name who opens with a noun
// of a body (bodyNounDE: also the kinds and "bund", "anstalt", …) and is
// either that one word or that noun with a genitive ("Bund der
// Steuerzahler", "Gewerkschaft"): a subject that can hold a view though
// its last word is none. Only "hält … für" asks it (rolePositionDE).
func bodyHeadFirstDE(who string) bool {
	first, rest, more := strings.Cut(who, " ")
	if !bodyNounDE(first) {
		return false
	}
	if !more {
		return true
	}
	art, _, _ := strings.Cut(rest, " ")
	return art == "der" || art == "des"
}
