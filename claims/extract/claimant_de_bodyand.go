package extract

import "strings"

// "Die Gewerkschaft Handel und Dienste lehnt ab", "Die
// Industriegewerkschaft Chemie und Rohstoffe kritisierte": the name of a
// body after its head noun may join two nouns with "und". The readers of
// co-ordinated subjects split it into two claimants ("Gewerkschaft
// Handel; Dienste"); a head noun of a body and one word on each side of
// "und", with no article before the second, name one body. (The lead's
// andNameDE reads the same form where the claimant is one of the nouns,
// and andBodyNameDE keeps the head noun in the output: "Gewerkschaft
// Handel und Dienste".)

// bodyAndHeadsDE are endings of German head nouns of bodies that take a
// name after them (closed class).
var bodyAndHeadsDE = [...]string{"gewerkschaft", "verband", "verein", "bund", "kammer", "institut", "stiftung",
	"initiative", "vereinigung", "gesellschaft", "ministerium", "amt", "akademie", "zentrum", "netzwerk", "bündnis", "allianz"}

// bodyAndDE rejoins who = "Head X; Y" into "Head X und Y" when the unit
// writes it so and Head is a head noun of a body (bodyAndHeadsDE); who
// otherwise.
func bodyAndDE(toks []token, text, who string) string {
	a, b, ok := strings.Cut(who, "; ")
	if !ok || strings.Contains(b, "; ") || strings.IndexByte(b, ' ') >= 0 || len(toks) == 0 {
		return who
	}
	head, x, ok := strings.Cut(a, " ")
	if !ok || strings.IndexByte(x, ' ') >= 0 || !upperFirst(x) || !upperFirst(b) || !bodyAndHeadDE(head) {
		return who
	}
	joined := a + " und " + b
	if !strings.Contains(text[toks[0].s:toks[len(toks)-1].e], joined) {
		return who
	}
	return joined
}

// bodyAndHeadDE reports whether w ends in one of bodyAndHeadsDE.
func bodyAndHeadDE(w string) bool {
	if !upperFirst(w) {
		return false
	}
	for _, h := range bodyAndHeadsDE {
		if hasSuffixFold(w, h) {
			return true
		}
	}
	return false
}
