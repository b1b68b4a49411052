package importer

import (
	"strings"
	"unicode"
)

// Common short words of German and English, used to guess the language of
// a text that does not declare one.
var (
	germanWords  = wordSet("der die das und ist nicht mit sich von den dem des ein eine einer auch auf für sie er wir es zu im wird werden hat haben sind war nach bei aus dass wie oder aber noch nur")
	englishWords = wordSet("the and is not with of to in that it for on as was were are be by this have has had from at an which but or they we he she will would")
)

// wordSet returns the set of the space-separated words in s.
func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// GuessLanguage returns "de" or "en" when text is clearly German or English
// (by counting frequent short words), else "".
func GuessLanguage(text string) string {
	de, en, n := 0, 0, 0
	for w := range strings.FieldsFuncSeq(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		w = strings.ToLower(w)
		n++
		if germanWords[w] {
			de++
		}
		if englishWords[w] {
			en++
		}
		if n >= 2000 {
			break
		}
	}
	switch {
	case de+en < 3:
		return ""
	case de >= 2*en:
		return "de"
	case en >= 2*de:
		return "en"
	}
	return ""
}
