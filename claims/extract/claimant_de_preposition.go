package extract

import "strings"

// A German claimant never opens with a preposition: a run of capitalised
// words that starts the sentence may take one in ("Gegen Eva Roth wird
// ermittelt", "Vom Balkon aus …", "Aus der Stadtverwaltung hieß es").

// prepositionCutDE returns who without a leading capitalised preposition:
// the person after it when the text knows one ("Gegen Eva Roth" → "Eva
// Roth"), the body after "von", "aus", "bei", "beim" and an article, as a
// source ("Aus der Stadtverwaltung" → "Stadtverwaltung"), else "" ("Vom
// Balkon", "In der Mitteilung": an adverbial, nobody). who without a
// leading preposition is returned as it is.
func (d *docState) prepositionCutDE(who string) string {
	first, rest, ok := strings.Cut(who, " ")
	if !ok || len(first) > 6 || !upperFirst(first) || strings.IndexByte(who, ';') >= 0 {
		return who // the prepositions are short words: no lower-casing of the others
	}
	var buf [6]byte
	b := buf[:copy(buf[:], first)]
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	if len(b) >= 2 && b[0] == 0xC3 && b[1] == 0x9C {
		b[1] = 0xBC // "Über" → "über"
	}
	if !prepositionsBeforeDE[string(b)] {
		return who // no allocation: the map look-up converts b in place
	}
	low := string(b)
	if d.known(rest) {
		return rest
	}
	if low == "von" || low == "zu" {
		if full := d.particlePersonDE(low + " " + rest); full != "" {
			return full // "Von der Leyen sagte" after "Ursula von der Leyen"
		}
	}
	switch low {
	case "von", "aus", "bei", "beim":
		if a, noun, ok := strings.Cut(rest, " "); ok {
			switch a {
			case "der", "dem", "den", "des":
				rest = noun
			}
		}
		if upperFirst(rest) {
			return rest
		}
	}
	return ""
}
