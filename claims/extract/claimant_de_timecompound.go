package extract

import "strings"

// German writes a point of a span of time as one compound of the span and
// the point ("Monatsende", "Jahresbeginn", "Jahresmitte"); "Jeden
// Monatsende habe die Chefin …" opens with a date, as "Jeden Monat" does,
// and names nobody.

// timePointsDE are the heads of such a compound, in lower case.
var timePointsDE = [...]string{"ende", "anfang", "beginn", "mitte"}

// timeCompoundDE reports whether w is a German compound of a noun of time
// (cTimeNoun, as "monats", "jahres") and one of timePointsDE.
func timeCompoundDE(w string) bool {
	var buf [32]byte
	if len(w) > len(buf) {
		return false
	}
	return timeCompoundLowDE(string(appendLower(buf[:0], w)))
}

// timeCompoundLowDE is timeCompoundDE of a word already in lower case.
func timeCompoundLowDE(low string) bool {
	for _, h := range timePointsDE {
		if stem, ok := strings.CutSuffix(low, h); ok && stem != "" && wordCategory(stem)&cTimeNoun != 0 {
			return true
		}
	}
	return false
}
