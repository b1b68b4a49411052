package extract

import "strings"

// German nouns of person made from adjectives and participles
// ("Abgeordnete", "Vorsitzende", "Beauftragte", "Sachverständige") have one
// form for both sexes; the article shows which is meant. In the singular
// nominative and accusative the noun ends in "-e" after "die" for a woman
// and after "der" for a man ("die Abgeordnete Eva Roth", "der Vorsitzende
// Jan Roth"); "der" before a woman (dative, genitive) and "die" in the
// plural take "-en" ("der Abgeordneten", "die Abgeordneten"), so the "-e"
// form leaves no doubt.

// adjectivalNounGenderDE returns the gender the article art ("der",
// "die") gives the noun w when w ends like a noun made from an adjective
// or participle ("-ende", "-te", "-ige", "-liche"); 0 otherwise.
func adjectivalNounGenderDE(art, w string) byte {
	if len(w) < 6 {
		return 0
	}
	adjectival := false
	for _, suf := range [...]string{"ende", "te", "ige", "liche"} {
		if strings.HasSuffix(w, suf) {
			adjectival = true
			break
		}
	}
	switch {
	case !adjectival:
		return 0
	case art == "die":
		return 'f'
	case art == "der":
		return 'm'
	}
	return 0
}
