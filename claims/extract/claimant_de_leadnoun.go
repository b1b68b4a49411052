package extract

import "strings"

// A German noun of person may stand before a name without being part of
// it: "Ihr Nachbar Karl-Heinz Beumer sieht das ähnlich", "Deren Vorstand
// Jan Roth pochte auf …", "Der junge Landwirt Tobias Rehm", "Rotbachs
// Torschützin Lina Wegener". The register of people keeps the name alone
// (leadNounDE), and a name read with the words before the name is the
// person registered before (knownTailDE, in register and for a
// claimant: knownSuffixDE).

// knownTailDE returns the person the text registered with a full name
// of two words or more that ends name, when name has more words before it
// ("Ihr Nachbar Karl-Heinz Beumer" → "Karl-Heinz Beumer"), else "". The
// words before it are capitalised (nouns, possessives: not "Regierung von
// Jan Roth") and the name has a person's form (personTailDE). Several
// claimants are no name.
func (d *docState) knownTailDE(name string) string {
	if strings.Count(name, " ") < 2 || strings.ContainsAny(name, ";,") || wholeBodyNameDE(name) {
		return "" // "Ilse Marwitz GmbH": a body's name whole
	}
	for k := strings.IndexByte(name, ' '); k >= 0; {
		prev := name[strings.LastIndexByte(name[:k], ' ')+1 : k]
		if !upperFirst(prev) {
			return "" // "Regierung von Jan Roth", "Roth & Kühn": no noun of person before a name
		}
		var buf [64]byte
		if declinedAdjectiveDE(string(appendLower(buf[:0], prev))) { // strings.ToLower(prev), on the stack for most words
			return "" // "Offizieller Fanklub Talbach": an adjective of the name, no noun of person
		}
		rest := name[k+1:]
		n := strings.IndexByte(rest, ' ')
		if n < 0 {
			break // a one-word rest is a surname or a noun: not cut
		}
		if d.known(rest) && personTailDE(d, rest) {
			return rest
		}
		k += 1 + n
	}
	return ""
}

// personTailDE reports whether rest, a registered name, has the form of a
// person's name (personLikeDE) and opens with no declined adjective: the
// tail of a body's name ("Deutscher Winzer" of "Berufsverband
// Deutscher Winzer") is no person.
func personTailDE(d *docState, rest string) bool {
	return !adjectiveLikeDE(firstWord(rest)) && d.personLikeDE(rest)
}

// adjectiveLikeDE reports whether w is a declined adjective (adjectiveDE)
// or a capitalised word with the strong endings "-er"/"-en" of a name's
// adjective after a place ("Deutscher", "Deutschen").
func adjectiveLikeDE(w string) bool {
	return adjectiveDE(w) || strings.HasSuffix(w, "scher") || strings.HasSuffix(w, "schen")
}

// knownSuffixDE returns knownTailDE's person for a claimant that ends with
// one, else who.
func (d *docState) knownSuffixDE(who string) string {
	if p := d.knownTailDE(who); p != "" {
		return p
	}
	return who
}

// leadNounDE returns how many capitalised words open the run toks[start:j]
// before a person's name: one for a noun after an article or possessive,
// perhaps with lower-case adjectives between ("der junge Landwirt Tobias
// Rehm"), two for a genitive name and a noun ("Rotbachs Torschützin Lina
// Wegener", a run of four); 0 otherwise. The run must keep two words.
func leadNounDE(toks []token, start, j int) int {
	if n := placeGenitiveLeadDE(toks, start, j); n > 0 {
		return n // "eine Schau des Oberfelder Bildhauers Jonas Verhoek" (claimant_de_placegenitive.go)
	}
	if j-start >= 4 && strings.HasSuffix(toks[start].low, "s") && toks[start+1].cat == 0 && toks[start].cat == 0 {
		return 2
	}
	if j-start < 3 || start == 0 || declinedAdjectiveDE(toks[start].low) {
		return 0 // "Der Offizielle Fanklub Talbach": an adjective of the name
	}
	p := start - 1
	for n := 0; n < 2 && p > 0 && !leadDeterminerDE(&toks[p]) && lowerWord(&toks[p]) && inflectedDE(toks[p].low); n++ {
		p-- // "der junge Landwirt"
	}
	if leadDeterminerDE(&toks[p]) {
		return 1
	}
	return 0
}

// leadDeterminerDE reports whether t is an article or possessive that may
// stand before a noun of person and a name ("der", "ihr", "ihren",
// "seinen", "dessen").
func leadDeterminerDE(t *token) bool {
	return t.cat&cDet != 0 || possessive[t.low] || t.low == "ihren" || t.low == "seinen"
}

// ofKnownDE reports whether name describes someone by a person or body
// the text registered before, after "von" or "vom" ("Freundin von Eva
// Roth", "Landesvorsitzende von Bahn Plus"): register keeps such a
// description out of the register, so that it does not take over the
// known name's keys (a later "sagt Roth" would give the description).
func (d *docState) ofKnownDE(name string) bool {
	for _, link := range [...]string{" von ", " vom "} {
		if k := strings.Index(name, link); k > 0 && d.known(name[k+len(link):]) {
			return true
		}
	}
	return false
}

// declinedAdjectiveDE reports whether w (lower case) is a declined
// adjective by its stem (adjectiveLikeDE, or -isch, -ig, -lich, -ell, -al,
// -iv before -e, -en, -er, -es, -em: adjectiveStemDE), not a noun in -elle
// ("Stelle"): "Der Offizielle Fanklub Talbach" names no person after a
// noun.
func declinedAdjectiveDE(w string) bool {
	if adjectiveLikeDE(w) {
		return true
	}
	for _, end := range [...]string{"en", "er", "es", "em", "e"} {
		if stem, ok := strings.CutSuffix(w, end); ok {
			return adjectiveStemDE(stem) && !nounElleDE(stem)
		}
	}
	return false
}
