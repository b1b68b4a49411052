package extract

import "strings"

// "laut der Hamburger Allgemeinen Zeitung", "eine Umfrage der Norddeutschen
// Allgemeinen Sonntagszeitung": the name of a paper or a body may open
// with two capitalised adjectives, a place's in -er or another in -en,
// and the claimant found may have lost the first of them ("Allgemeine
// Zeitung"). The guide wants the whole name: the adjectives before it
// back to the article or "laut" belong to it (properAdjNominativeDE then
// puts them in the nominative).

// adjRunBackDE returns who with the capitalised adjectives the unit
// writes right before it (placeAdjectiveDE, properAdjEnDE) put back in
// front, when who opens with a capitalised adjective in -e or -en
// followed by a noun, and an article or "laut" stands before the
// adjectives; who otherwise.
func adjRunBackDE(toks []token, text, who string) string {
	f0, rest, ok := strings.Cut(who, " ")
	if !ok || strings.IndexByte(rest, ' ') >= 0 || !upperFirst(rest) || !(strings.HasSuffix(f0, "e") && properAdjEnDE(f0+"n") || properAdjEnDE(f0)) {
		return who // no "Allgemeine Zeitung" (the common case)
	}
	for k := 1; k+1 < len(toks); k++ {
		if w := text[toks[k].s:toks[k].e]; w != f0 && w != f0+"n" || text[toks[k+1].s:toks[k+1].e] != rest {
			continue
		}
		j := k - 1
		for j > 0 && k-j <= 2 && capWord(&toks[j]) {
			if w := text[toks[j].s:toks[j].e]; !placeAdjectiveDE(w) && !properAdjEnDE(w) {
				break
			}
			j--
		}
		if j == k-1 || !articleOrLautDE(toks[j].low) {
			return who
		}
		return text[toks[j+1].s:toks[k-1].e] + " " + who
	}
	return who
}

// articleOrLautDE reports whether w (lower case) is a definite article
// or "laut", which stand before a name's adjectives.
func articleOrLautDE(w string) bool {
	switch w {
	case "der", "die", "das", "des", "dem", "den", "laut":
		return true
	}
	return false
}

// adjectiveNameDE reports whether the second word of name is a
// capitalised adjective of a name in -e or -en ("Hamburger Allgemeine
// Zeitung"): the first word is then no title a person's name follows,
// though the text writes it after an article ("der Hamburger …"), and
// stripTitlesEN keeps it.
func adjectiveNameDE(name string) bool {
	_, rest, ok := strings.Cut(name, " ")
	if !ok {
		return false
	}
	w, _, ok := strings.Cut(rest, " ")
	return ok && (properAdjEnDE(w) || strings.HasSuffix(w, "e") && properAdjEnDE(w+"n"))
}

// feminineNameEndsDE are endings of feminine nouns that close the names of
// papers and bodies, beside feminineBodyEndsDE (closed class).
var feminineNameEndsDE = [...]string{"ung", "schaft", "ion", "tät", "heit", "keit"}

// feminineAdjNameDE returns a name of capitalised adjectives and a
// feminine noun (feminineNameEndsDE, feminineBodyEndDE) with its
// adjectives in -en given the nominative -e, as a claimant carried from a
// genitive keeps them ("Frankfurter Allgemeinen Sonntagszeitung" →
// "Frankfurter Allgemeine Sonntagszeitung"), and so are adjectives in -er
// whose stem is an adjective's, as after "laut" ("Süddeutscher Zeitung");
// a place's adjective in -er stays; c otherwise.
func feminineAdjNameDE(c string) string {
	k := strings.LastIndexByte(c, ' ')
	if k < 0 || !strings.Contains(c[:k], "en") && !strings.Contains(c[:k], "er") {
		return c // no adjective in -en or -er (the common case)
	}
	noun := c[k+1:]
	fem := feminineBodyEndDE(noun)
	for _, e := range feminineNameEndsDE {
		fem = fem || strings.HasSuffix(noun, e)
	}
	if !fem || !upperFirst(noun) {
		return c
	}
	var buf [8]string
	f := fieldsInto(buf[:0], c[:k])
	en := false
	for i, w := range f {
		switch {
		case properAdjEnDE(w):
			f[i], en = w[:len(w)-1], true
		case properAdjErDE(w):
			f[i], en = w[:len(w)-1], true // "laut Süddeutscher Zeitung"
		case !placeAdjectiveDE(w):
			return c
		}
	}
	if !en {
		return c
	}
	return strings.Join(f, " ") + " " + noun
}

// properAdjErDE reports whether the word w is a capitalised adjective in
// -er whose stem is an adjective's (properAdjStemDE: "Süddeutscher"), not
// a place's ("Frankfurter").
func properAdjErDE(w string) bool {
	if len(w) <= 4 || !upperFirst(w) || !strings.HasSuffix(w, "er") {
		return false
	}
	var buf [64]byte
	return properAdjStemDE(string(appendLower(buf[:0], w[:len(w)-2])))
}
