package extract

import "strings"

// "Der Verband binationaler Familien und Partnerschaften schätzt …", "Der
// Bund freier Bauern und Gärtner fordert …": a body's head noun, an
// adjective in the genitive plural and two nouns joined by "und" name one
// body, which the readers of co-ordinated subjects split into the two
// nouns ("Familien; Partnerschaften"). bodyAndDE rejoins the form with no
// adjective.

// bodyAdjAndDE returns "Head adj X und Y" when who is "X; Y", two
// capitalised words, and the unit writes them after a body's head noun
// (bodyAndHeadDE) and a lower-case word in "-er" (the genitive plural of
// an adjective); who otherwise.
func bodyAdjAndDE(toks []token, text, who string) string {
	x, y, ok := strings.Cut(who, "; ")
	if !ok || strings.IndexByte(x, ' ') >= 0 || strings.IndexByte(y, ' ') >= 0 || strings.Contains(y, ";") {
		return who
	}
	for k := 2; k+2 < len(toks); k++ {
		if toks[k+1].low != "und" || text[toks[k].s:toks[k].e] != x || text[toks[k+2].s:toks[k+2].e] != y {
			continue
		}
		adj, head := &toks[k-1], &toks[k-2]
		if lowerWord(adj) && strings.HasSuffix(adj.low, "er") && bodyAndHeadDE(text[head.s:head.e]) {
			return text[head.s:toks[k+2].e]
		}
	}
	return who
}
