package extract

import "strings"

// "Fünf Jahre ist es her, dass der Senat …": a number and a noun of time
// at a sentence's start have a name's shape (two capitalised words); a
// span of time is never a claimant.

// timeSpanClaimantDE returns "" when the German claimant who is a number
// (countWordDE) and a plural or singular noun of time ("Fünf Jahre", "Zwei
// Wochen", "Drei Tage"); who otherwise.
func timeSpanClaimantDE(who string) string {
	num, noun, ok := strings.Cut(who, " ")
	if !ok || strings.IndexByte(noun, ' ') >= 0 {
		return who
	}
	for _, t := range timeSpanNounsDE {
		if strings.EqualFold(noun, t) {
			if countWordDE(num) {
				return ""
			}
			return who
		}
	}
	return who
}

// timeSpanNounsDE are the German nouns of a span of time, in their
// singular and plural forms.
var timeSpanNounsDE = [...]string{"jahr", "jahre", "jahren", "monat", "monate", "monaten", "woche", "wochen", "tag", "tage", "tagen",
	"stunde", "stunden", "minute", "minuten", "jahrzehnt", "jahrzehnte", "jahrzehnten"}
