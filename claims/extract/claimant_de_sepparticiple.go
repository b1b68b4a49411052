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
		if rest, ok := strings.CutPrefix(w, p+"ge"); ok && len(rest) >= 5 {
			return true
		}
	}
	return false
}
