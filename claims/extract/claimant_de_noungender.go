package extract

import "strings"

// A German name often follows a noun of person with its article that no
// role list holds: "die Schweizerin Eva Roth", "der Lungenfachärztin Eva
// Roth". A feminine noun of person ends in "-in", so the name is a
// woman's, whom a later "sie" refers to. (Masculine nouns after an article
// gained four or five training units and lost one with no claimant: "der" is
// also the feminine dative and genitive, and "-er" ends many other nouns.)

// notFemaleInDE are German nouns in "-in" that name no woman.
var notFemaleInDE = map[string]bool{
	"medizin": true, "termin": true, "magazin": true, "benzin": true, "vitamin": true, "protein": true,
	"kamin": true, "urin": true, "insulin": true, "disziplin": true, "rubin": true, "kabin": true,
}

// personNounGenderDE returns 'f' when the capitalised noun at n, after an
// article at n-1, is a feminine noun of person ("Politikerin",
// "SPD-Abgeordnetin"), the gender the article gives a noun made from an
// adjective ("die Abgeordnete", "der Vorsitzende": adjectivalNounGenderDE),
// else 0.
func personNounGenderDE(toks []token, n int) byte {
	if n < 1 || !capWord(&toks[n]) || toks[n-1].cat&cDet == 0 {
		return 0
	}
	w := toks[n].low
	if k := strings.LastIndexByte(w, '-'); k >= 0 {
		w = w[k+1:] // "SPD-Politikerin"
	}
	if g := adjectivalNounGenderDE(toks[n-1].low, w); g != 0 {
		return g // "die Abgeordnete Eva Roth", "der Beauftragte Jan Roth"
	}
	if len(w) <= 4 || !femaleInDE(w) {
		return 0
	}
	return 'f'
}

// femaleInDE reports whether the lower-case noun w ends in the feminine
// suffix "-in" of a noun of person: a consonant before it ("Ärztin",
// "Politikerin"; not "Verein", "Holstein", "Bernstein", where a vowel
// makes "-ein" part of the stem) and none of notFemaleInDE ("Sportmedizin").
func femaleInDE(w string) bool {
	if len(w) < 3 || !strings.HasSuffix(w, "in") || strings.IndexByte("aeiouy", w[len(w)-3]) >= 0 {
		return false
	}
	for s := range notFemaleInDE {
		if strings.HasSuffix(w, s) {
			return false
		}
	}
	return true
}
