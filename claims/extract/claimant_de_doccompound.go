package extract

import "strings"

// "Der Prüfbericht nennt elf Mängel", "Ein Schnelltest bestätigte die
// Infektion": a compound whose head is a document noun, and a letter or
// a test, speak for no one of their own either
// (docClaimantDE names the bare nouns).

// docCompoundHeadsDE are heads of German document nouns, in lower case:
// those of docFormsDE that end a compound, and a letter and a test.
var docCompoundHeadsDE = [...]string{"bericht", "berichts", "berichtes", "studie", "umfrage", "gutachten", "gutachtens",
	"statistik", "brief", "briefs", "briefes", "test", "tests"}

// docCompoundDE reports whether who is one word that is a letter or a test
// ("Brief", "Test") or a compound of two parts at least whose head is one
// of docCompoundHeadsDE ("Prüfbericht", "Schnelltest").
func docCompoundDE(who string) bool {
	if who == "" || strings.IndexByte(who, ' ') >= 0 || !upperFirst(who) {
		return false
	}
	var buf [64]byte
	low := string(appendLower(buf[:0], who)) // strings.ToLower(who), on the stack for most words
	for _, h := range docCompoundHeadsDE {
		if low == h && (strings.HasPrefix(h, "brief") || strings.HasPrefix(h, "test")) {
			return true
		}
		if len(low) >= len(h)+3 && strings.HasSuffix(low, h) {
			return true
		}
	}
	return false
}
