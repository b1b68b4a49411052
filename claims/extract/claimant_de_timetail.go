package extract

import "strings"

// A name read after a verb of saying may run on into a date: "schrieb Bush
// Mitte Juni" gave "Bush Mitte Juni". The date's words are no part of the
// claimant.

// timeTailCutDE drops from each German claimant the words of a date at its
// end: a month or a year, and "Anfang", "Mitte", "Ende" before
// them ("Bush Mitte Juni" → "Bush"; a date alone gives ""), but not from
// a name with a date after a lower-case word ("Bild am Sonntag").
func timeTailCutDE(who string) string {
	if who == "" {
		return who
	}
	if a, b, ok := strings.Cut(who, "; "); ok {
		return joinClaimants(timeTailCutDE(a), timeTailCutDE(b))
	}
	var buf [8]string
	words := fieldsInto(buf[:0], who) // strings.Fields(who), on the stack
	n := len(words)
	for n > 1 && dateWordDE(words[n-1]) {
		n--
	}
	if n == len(words) || !upperFirst(words[n-1]) {
		return who // "Bild am Sonntag": a name with the date in it
	}
	for n > 0 && periodWordDE(words[n-1]) {
		n--
	}
	return strings.Join(words[:n], " ") // "" for a date alone ("Anfang Januar")
}

// dateWordDE reports whether w is a month or a year. A weekday is left
// out: it is a surname too ("Mareike Sonntag").
func dateWordDE(w string) bool {
	if len(w) == 4 && w[0] >= '1' && w[0] <= '2' && strings.Trim(w, "0123456789") == "" {
		return true // "2019"
	}
	return wordCategory(w)&cMonth != 0 // wordCategory lowers w
}

// periodWordDE reports whether w marks a part of a month or year before a
// date ("Anfang Juni", "Mitte 2019", "Ende März").
func periodWordDE(w string) bool {
	switch w {
	case "Anfang", "Mitte", "Ende":
		return true
	}
	return false
}
