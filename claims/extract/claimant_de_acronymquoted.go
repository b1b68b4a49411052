package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// "Die Organisation „Lehrer ohne Grenzen“ (LoG) …": a name in quotation
// marks right before the parenthesis of its short form defines the short
// form all the same; the labels give the name without the marks.

// quotedBeforeAcronymDE returns the name in quotation marks that ends
// right before the parenthesis (before ends with a closing mark) when it
// opens with a capital of abbr's first letter and its letters spell abbr
// in order; "" otherwise.
func quotedBeforeAcronymDE(before, abbr string) string {
	t := strings.TrimRight(before, " ")
	last, n := utf8.DecodeLastRuneInString(t)
	if last != '“' && last != '”' && last != '"' && last != '«' {
		return ""
	}
	t = t[:len(t)-n]
	open := strings.LastIndexAny(t, "„“\"»")
	if open < 0 {
		return ""
	}
	_, m := utf8.DecodeRuneInString(t[open:])
	name := t[open+m:]
	r, _ := utf8.DecodeRuneInString(name)
	want := strings.ToLower(abbr)
	first, _ := utf8.DecodeRuneInString(want)
	if name == "" || strings.Count(name, " ") > 5 || !unicode.IsUpper(r) || unicode.ToLower(r) != first || !spellsInOrder(strings.ToLower(strings.ReplaceAll(name, " ", "")), want) {
		return ""
	}
	return name
}
