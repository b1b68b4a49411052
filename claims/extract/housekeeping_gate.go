package extract

import (
	"bytes"
	"strings"
	"sync"
	"unicode/utf8"
)

// Most units are sentences, and the housekeeping rules that read a unit's
// words (a contact or date line without a colon, a byline, a copyright
// line, a comment count, a date or time alone) each need the unit's first
// word to be one of theirs. hkMayOpen asks that of the first word before
// the unit is split into words, so an ordinary sentence is let go at once.

// hkOpeners are the first words, in lower case without a colon, of the
// lines those rules take by a word: a contact or date label (hkLabelOf of
// one word, or the first of a two-word date label such as "zuletzt
// aktualisiert") and a byline's opening ("Von", "By", "Text:", "Written
// by", "Posted by", "Reported by").
func hkOpeners() []string {
	words := []string{"von", "by", "text", "written", "posted", "reported"}
	for label, k := range hkLabels {
		if k == hkContact || k == hkStamp {
			first, _, _ := strings.Cut(label, " ")
			words = append(words, first)
		}
	}
	return words
}

// hkLineWords holds, by hkKey, the words of hkOpeners and every word
// hkDateWord takes by a look-up (hkDateWords, and the months and weekdays
// of the lexicons, built at start-up after this set is first asked for).
var hkLineWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range hkOpeners() {
		m[strings.TrimRight(w, ":.")] = true
	}
	for w := range hkDateWords {
		m[strings.TrimRight(w, ":.")] = true
	}
	for _, lex := range []lexicon{lexDE, lexEN} {
		for w, c := range lex {
			if c&(cMonth|cWeekday) != 0 {
				m[strings.TrimRight(w, ":.")] = true
			}
		}
	}
	return m
})

// hkKey folds w into buf as hkLineWords holds it: in lower case, without
// colons and stops at its end.
func hkKey(buf []byte, w string) []byte {
	return bytes.TrimRight(hkFold(buf, w), ":.")
}

// hkMayOpen reports whether the rules of housekeepingWords that read ut's
// words may take it: whether its first word opens one of their lines
// (hkOpensLine, or a word of hkOpeners), or its first word that is not a
// separator alone ("–", "|") may be a date's or a clock time's
// (hkDateWord), as every word of a date or time line is. A word of
// hkOpeners has no separator around it, so one look-up of hkLineWords
// serves both. When hkMayOpen is false, none of the rules takes ut.
func hkMayOpen(ut string) bool {
	w, rest := nextField(ut)
	if w != "" && hkOpensLine(w) {
		return true
	}
	for ; w != ""; w, rest = nextField(rest) {
		if t := hkTrimSeparators(w); t != "" {
			var buf [64]byte
			return hkNumeric(t) || hkZone(t) || hkLineWords()[string(hkKey(buf[:0], t))]
		}
	}
	return false
}

// hkOpensLine reports whether w, a unit's first word, opens a byline "Ein
// Artikel von"/"Eine Analyse von" (any case), a copyright line ("©",
// "Copyright", "(c)") or a comment count opened by "Kommentare"/"comments"
// (perhaps in brackets; a count's number is a date's word too).
func hkOpensLine(w string) bool {
	if w == "" || !hkOpenerFirst[w[0]] {
		return false // "Die", "The": no word of these begins so
	}
	if strings.EqualFold(w, "ein") || strings.EqualFold(w, "eine") {
		return true
	}
	if strings.HasPrefix(w, "©") || w == "Copyright" || w == "(c)" {
		return true
	}
	n := strings.Trim(w, "()")
	return strings.EqualFold(n, "kommentare") || strings.EqualFold(n, "comments")
}

// hkOpenerFirst marks the first bytes of the words hkOpensLine takes: of
// "ein" and "eine" in any case (strings.EqualFold: no other rune folds to
// "e"), of "©", "Copyright" and "(c)", of a bracket Trim takes off
// before "kommentare" or "comments", and of these in any case ("c"
// and "C"; "k", "K" and the Kelvin sign U+212A, whose first byte is 0xE2).
// A word of another first byte is none of them: hkOpensLine answers
// false without its string tests (TestHkOpensLine).
var hkOpenerFirst = func() (t [256]bool) {
	for _, b := range []byte("eEcCkK()") {
		t[b] = true
	}
	t["©"[0]], t["\u212a"[0]] = true, true
	return t
}()

// hkSeparatorASCII marks the ASCII bytes of hkSeparators.
var hkSeparatorASCII = func() (t [utf8.RuneSelf]bool) {
	for _, r := range hkSeparators {
		if r < utf8.RuneSelf {
			t[r] = true
		}
	}
	return t
}()

// hkTrimSeparators is strings.Trim(w, hkSeparators). A word that begins
// and ends with an ASCII byte that is no separator, as most words do, has
// nothing to trim (the separators that are not ASCII begin with a byte of
// 0x80 or more, and an ASCII byte is a rune of its own): it is returned
// as it is, without Trim's pass over the runes of the set
// (TestHkTrimSeparators).
func hkTrimSeparators(w string) string {
	if w != "" && hkPlainByte(w[0]) && hkPlainByte(w[len(w)-1]) {
		return w
	}
	return strings.Trim(w, hkSeparators)
}

// hkPlainByte reports whether b is an ASCII byte that is no separator.
func hkPlainByte(b byte) bool { return b < utf8.RuneSelf && !hkSeparatorASCII[b] }
