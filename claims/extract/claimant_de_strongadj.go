package extract

import "strings"

// A German name that opens with an adjective takes the weak ending -e
// after the definite article ("der Bayerische Landtag", "das Europäische
// Parlament") and the strong one without it ("Bayerischer Landtag",
// "Europäisches Parlament"). The guide names a claimant without an
// article, so the ending follows the article the text wrote: -er for the
// masculine "der", -es for the neuter "das" (the feminine "die" keeps -e).
// After "der" an adjective in -e is nominative masculine: in the genitive
// and dative feminine it ends in -en.

// strongAdjectiveDE returns who with its opening adjective in the strong
// ending when the unit writes that adjective in -e after "der" or "das"
// before the next word of who; who otherwise. Only adjectives count
// (strongStemDE), so a noun ("der Kollege Jan Roth") keeps its form.
func strongAdjectiveDE(toks []token, text, who string) string {
	adj, rest, ok := strings.Cut(who, " ")
	if !ok || strings.IndexByte(who, ';') >= 0 || !upperFirst(adj) || !strings.HasSuffix(adj, "e") || !strongStemDE(strings.ToLower(adj[:len(adj)-1])) {
		return who
	}
	next, _, _ := strings.Cut(rest, " ")
	for k := 1; k+1 < len(toks); k++ {
		if text[toks[k].s:toks[k].e] != adj || text[toks[k+1].s:toks[k+1].e] != next {
			continue
		}
		switch toks[k-1].low {
		case "der":
			return adj + "r " + rest
		case "das":
			return adj + "s " + rest
		}
		return who
	}
	return who
}

// adjectiveStemDE reports whether stem ends in a German derivational
// ending of adjectives: -isch, -ig, -lich, -ell, -al, -iv; not the nouns
// in -elle (nounElleDE).
func adjectiveStemDE(stem string) bool {
	if nounElleDE(stem) {
		return false // "der Beratungsstelle": a noun, no "Beratungssteller"
	}
	for _, suf := range [...]string{"isch", "ig", "lich", "ell", "al", "iv"} {
		if len(stem) > len(suf)+1 && strings.HasSuffix(stem, suf) {
			return true
		}
	}
	return false
}

// strongStemDE reports whether stem, in lower case, is the stem of an
// adjective that opens a name: by a derivational ending (adjectiveStemDE),
// in -sch ("der Deutsche Wetterdienst" → "Deutscher Wetterdienst") or a
// plain adjective of names ("der Allgemeine Studierendenausschuss":
// commonNameAdjectivesDE) — properAdjStemDE without "jung", whose "Junge"
// is also a noun ("der Junge Tim").
func strongStemDE(stem string) bool {
	return stem != "jung" && properAdjStemDE(stem)
}

// strongAfterArticleDE gives the name that followed the article art
// ("der", "das", any case) its first adjective in the strong form
// ("Europäische Datenschutzausschuss" after "Der" → "Europäischer …"); other
// names as they are.
func strongAfterArticleDE(art, name string) string {
	adj, rest, ok := strings.Cut(name, " ")
	if !ok || !upperFirst(adj) || !strings.HasSuffix(adj, "e") || !strongStemDE(strings.ToLower(adj[:len(adj)-1])) {
		return name
	}
	switch strings.ToLower(art) {
	case "der":
		return adj + "r " + rest
	case "das":
		return adj + "s " + rest
	}
	return name
}
