package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A page copied from a browser often runs a picture's credit into the
// article's first sentence, the caption's line and the text's line joined
// ("Foto: Lisa Tannert/dpa Die Stadt hat …", "Photo: Northwire The port
// will …"). The credit is no part of the sentence: it is a unit of its own
// (housekeeping), as on its own line. The credit ends before a word in
// capitals that opens a sentence (an article, a pronoun, a preposition);
// "Quelle: Das Ministerium teilte mit, …" opens with such a word and stays
// whole.

// creditOpeners are capitalised words that open a sentence and are no
// part of a name in a credit.
var creditOpeners = map[string]bool{}

// init fills creditOpeners.
func init() {
	for _, w := range strings.Fields(`Der Die Das Den Dem Ein Eine Einer Im In Am Auf Nach Bei Mit Seit Vor Für Es Er Sie Wir
The A An On At After It He She They We This`) {
		creditOpeners[w] = true
	}
}

// creditEnd returns the end of a picture credit or a source ("Foto:",
// "Photo credit:", "Quelle:" and one to six words of names) that opens
// block b and runs into a sentence of four words or more ending with a
// terminal; b.s when the block opens with no such credit.
func creditEnd(text string, b span) int {
	t := text[b.s:b.e]
	label, rest, ok := hkLabelColon(t)
	if !ok || hkLabels[label] != hkCredit && hkLabels[label] != hkSource {
		return b.s
	}
	i := len(t) - len(rest) // rest is trimmed: its first word
	words := 0
	for i < len(t) && words <= 6 {
		j := i
		for j < len(t) && !isSpaceByte(t[j]) {
			j++
		}
		w := t[i:j]
		if creditOpeners[w] {
			if words > 0 && sentenceRest(t[i:]) {
				return b.s + i
			}
			return b.s
		}
		if !creditWord(w) {
			return b.s
		}
		words++
		for j < len(t) && isSpaceByte(t[j]) {
			j++
		}
		i = j
	}
	return b.s
}

// creditWord reports whether w can be a word of a credit's names: in
// capitals, with a slash ("dpa/Lisa"), or a short word in lower case
// ("dpa"), without a stop or a comma after it.
func creditWord(w string) bool {
	if w == "" || strings.ContainsAny(w, ".,;:!?") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || strings.Contains(w, "/") || utf8.RuneCountInString(w) <= 4 && unicode.IsLower(r)
}

// sentenceRest reports whether s reads as a sentence: four words or more,
// ending with a terminal (perhaps before closing marks).
func sentenceRest(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool { return isCloser(r) || unicode.IsSpace(r) })
	return len(strings.Fields(s)) >= 4 && strings.ContainsAny(s[len(s)-1:], ".!?")
}
