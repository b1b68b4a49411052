package extract

import "strings"

// shareNounsDE are German nouns of a share of a group (closed class): a
// claimant that opens with one ("Zwei Drittel der Kliniken", "Mehrheit
// der Befragten", "Die Hälfte der Befragten") is a count of the group's
// answers or votes, which the author reports, not a speaker.
var shareNounsDE = map[string]bool{
	"hälfte": true, "drittel": true, "viertel": true, "fünftel": true, "mehrheit": true,
	"großteil": true, "teil": true, "prozent": true,
}

// shareGroupDE drops a claimant that opens with a noun of shareNounsDE,
// perhaps after a number ("Mehrheit der Grönländer", "Zwei Drittel").
func shareGroupDE(who string) string {
	if who == "" || strings.Contains(who, "; ") {
		return who
	}
	var buf [8]string
	words := fieldsInto(buf[:0], who) // strings.Fields(who), on the stack
	if lowerIn(shareNounsDE, words[0]) {
		return "" // "Mehrheit der Grönländer"
	}
	if len(words) > 1 && lowerIn(shareNounsDE, words[1]) && countWordDE(words[0]) {
		return "" // "Zwei Drittel", "50 Prozent"; not a name ("Jan Teil")
	}
	return who
}

// countWordDE reports whether w is a number in digits or a German number
// word up to ten, any case ("Zwei", "drei").
func countWordDE(w string) bool {
	if w != "" && w[0] >= '0' && w[0] <= '9' {
		return true
	}
	switch strings.ToLower(w) {
	case "ein", "eine", "einem", "einer", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn":
		return true
	}
	return false
}
