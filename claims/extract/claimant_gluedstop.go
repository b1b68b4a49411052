package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A text with a full stop and no space after it ("… neue
// Gesetze.Die Stadtwerke teilten mit") keeps both sentences in one unit,
// and a claimant read there may open with the last word of the sentence
// before: "Gesetze.Die Stadtwerke Kelheim". The claimant is the part after
// the glued full stop, without its article.

// gluedStopCut returns who from after a full stop glued between a word
// (gluedStopAt) and a capital letter, without a leading article ("Die",
// "Der", "Das", "The"), else who unchanged.
func gluedStopCut(who string) string {
	k := gluedStopAt(who)
	if k < 0 {
		return who
	}
	rest := who[k+1:]
	if art, tail, ok := strings.Cut(rest, " "); ok && (art == "Die" || art == "Der" || art == "Das" || art == "The") {
		rest = tail
	}
	return rest
}

// gluedStopAt returns the index of the first full stop in who that ends
// a word of five letters or more, lower case after the first ("Gesetze.",
// "rules."), with a capital letter right after it ("Gesetze.Die"): not an
// initial or an abbreviation ("U.S.", "J.R.", "Prof.Dr.", "Nr.3"); -1 if
// none.
func gluedStopAt(who string) int {
	for k := 1; k+1 < len(who); k++ {
		if who[k] != '.' {
			continue
		}
		if c, _ := utf8.DecodeRuneInString(who[k+1:]); !unicode.IsUpper(c) {
			continue
		}
		word := who[strings.LastIndexByte(who[:k], ' ')+1 : k]
		if utf8.RuneCountInString(word) >= 5 && lowerTail(word) {
			return k
		}
	}
	return -1
}

// lowerTail reports whether every letter of w after the first is lower case.
func lowerTail(w string) bool {
	_, n := utf8.DecodeRuneInString(w)
	for _, r := range w[n:] {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}
