package extract

import "strings"

// German writes a claimant of a body or group in the plural after an
// article or a preposition with the weak or dative adjective ending -en
// ("laut den norwegischen Behörden", "die Vereinigten Bergregionen
// erklärten"). The guide names a claimant in the nominative without an
// article, where the plural adjective ends in -e ("norwegische
// Behörden", "Vereinigte Bergregionen").

// nominativePluralDE returns who with an adjective in -en before a plural
// noun in -en at the start of each claimant set to the nominative -e; who
// itself otherwise.
func nominativePluralDE(who string) string {
	if strings.IndexByte(who, ';') >= 0 {
		parts := strings.Split(who, "; ")
		for i, p := range parts {
			parts[i] = nominativePluralDE(p)
		}
		return strings.Join(parts, "; ")
	}
	adj, noun, ok := strings.Cut(who, " ")
	if !ok || strings.IndexByte(noun, ' ') >= 0 || !upperFirst(noun) || !strings.HasSuffix(noun, "en") || !adjectiveStemEnDE(adj) {
		return who
	}
	return adj[:len(adj)-1] + " " + noun
}

// adjectiveStemEnDE reports whether w is an inflected German adjective in
// -en by a derivational ending before it: -isch, -ig, -lich, -ell, -al,
// -iv, or the -t of a participle ("vereinten"), not -st or -rt, which
// first names in -sten and -rten share ("Karsten Olsen").
func adjectiveStemEnDE(w string) bool {
	stem, ok := strings.CutSuffix(w, "en")
	if !ok || len(stem) < 4 || strings.HasSuffix(stem, "st") || strings.HasSuffix(stem, "rt") {
		return false
	}
	for _, suf := range [...]string{"isch", "ig", "lich", "ell", "al", "iv", "t"} {
		if strings.HasSuffix(stem, suf) {
			return true
		}
	}
	return false
}
