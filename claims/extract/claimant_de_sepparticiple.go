package extract

import "strings"

// "Ihm wird Betrug vorgeworfen", "Zwölf Delikte werden dem Mann
// vorgeworfen": the participle of a separable verb in -en has its "ge"
// after the particle ("vor-ge-worfen", "aus-ge-sprochen"), so it does
// not open with "ge" as the simple participles do ("gesprochen").

// separableParticipleEnDE reports whether w is the participle of a
// separable verb in -en: a common particle, then "ge", then at least
// three letters and "-en" ("vorgeworfen", "ausgesprochen",
// "angegeben").
func separableParticipleEnDE(w string) bool {
	if !strings.HasSuffix(w, "en") {
		return false
	}
	for _, p := range [...]string{"vor", "an", "auf", "aus", "ab", "zu", "ein", "nach", "zurück", "hervor", "dar", "bekannt"} {
		if len(w) >= len(p)+2+5 && w[:len(p)] == p && w[len(p):len(p)+2] == "ge" { // w is p+"ge"+rest, rest of five bytes or more (no string joined)
			return true
		}
	}
	return false
}
