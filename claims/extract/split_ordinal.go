package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// ordinalDeterminers are the German words after which a number with a
// full stop is an ordinal ("die 12. Zivilkammer", "beim 1. FC", "zum 75.
// Geburtstag", "in der 2. Bundesliga"): articles, demonstratives, "jeder",
// possessives and the prepositions contracted with an article. A bare
// number after a noun or a preposition without article ("auf Rang 12.",
// "im Jahr 2020.") may end a sentence and is not covered.
var ordinalDeterminers = map[string]bool{}

// init fills ordinalDeterminers, with the inflected forms of the
// possessives.
func init() {
	for _, w := range strings.Fields(`der die das dem den des ein eine einem einen einer eines
dieser diese dieses diesem diesen jeder jede jedes jedem jeden
am im beim zum zur vom ins ans aufs`) {
		ordinalDeterminers[w] = true
	}
	for _, stem := range strings.Fields(`mein dein sein ihr unser euer`) {
		ordinalDeterminers[stem] = true
		for _, suf := range [...]string{"e", "em", "en", "er", "es"} {
			ordinalDeterminers[stem+suf] = true
		}
	}
	ordinalDeterminers["unsre"], ordinalDeterminers["eure"] = true, true
}

// sentenceOpeners are the lexicon's categories of words that open a
// sentence rather than follow an ordinal as its noun: function words,
// pronouns and articles of either language.
const (
	openersDE = cNotName | cStopDE | cDet | cPronM | cPronF | cFirstSing | cFirstPl | cSecond | cRelDate
	openersEN = cNotName | cStopEN | cDet
)

// germanOrdinalAt reports whether the number text[w:i] before a full stop
// is a German ordinal that goes on into the next word at text[k:]: it
// follows a determiner or a contracted preposition (ordinalDeterminers)
// across white space, perhaps with one lower-case word between
// (determinerBeforeWord), or a colon in a headline (headlineBlock), and
// the next word begins with a capital letter and
// is no function word that would open a new sentence ("Er wurde der 3.
// Die Saison …" is still cut). "I am 25." is English and is cut.
func germanOrdinalAt(text string, b span, w, i, k int) bool {
	if len(text[w:i]) > 3 {
		return false // 2020. is a year, 1500. a count
	}
	// The word before the number, across white space only.
	p := spaceStartBefore(text, b.s, w)
	if p == w || p == b.s {
		return false
	}
	q := wordStart(text, b.s, p)
	det := strings.ToLower(text[q:p])
	if text[p-1] == ':' && headlineBlock(text, b) {
		return nounOpensAt(text, b, k) // "Regionalliga: 1. FC Talheim siegt" (a headline)
	}
	if !ordinalDeterminers[det] {
		q, det = determinerBeforeWord(text, b, q, p)
	}
	if !ordinalDeterminers[det] {
		return false
	}
	if det == "am" && englishFirstPersonBefore(text, b.s, q) {
		return false
	}
	return nounOpensAt(text, b, k)
}

// determinerBeforeWord returns the start and the lower-case text of the
// word before the word text[q:p] when that word is all lower case and no
// preposition, an adverb or adjective between a determiner and an ordinal
// ("der bisher 3. Fall", "die insgesamt 6. Niederlage"); p and ""
// otherwise.
func determinerBeforeWord(text string, b span, q, p int) (int, string) {
	if w := text[q:p]; q == p || strings.ToLower(w) != w || prepositionDE(w) {
		return p, "" // "die bis 18. Bayern …": a preposition governs the number
	}
	e := spaceStartBefore(text, b.s, q)
	if e == q || e == b.s {
		return p, ""
	}
	s := wordStart(text, b.s, e)
	return s, strings.ToLower(text[s:e])
}

// headlineBlock reports whether the block b ends without a full stop,
// question or exclamation mark (after closing quotes and brackets): a
// headline or subheading, where a colon is followed by a title, not by
// the end of a sentence.
func headlineBlock(text string, b span) bool {
	t := strings.TrimRightFunc(text[b.s:b.e], func(r rune) bool {
		return isSpaceRune(r) || isQuoteRune(r) || r == ')'
	})
	return t != "" && !strings.ContainsRune(".!?…", rune(t[len(t)-1]))
}

// wordStart returns where the run of letters ending at p begins.
func wordStart(text string, lo, p int) int {
	for p > lo {
		r, size := utf8.DecodeLastRuneInString(text[lo:p])
		if !unicode.IsLetter(r) {
			break
		}
		p -= size
	}
	return p
}

// englishFirstPersonBefore reports whether the word before q is "I" ("I am
// 25."): then "am" is the English verb, not the German preposition.
func englishFirstPersonBefore(text string, lo, q int) bool {
	p := q
	for p > lo {
		r, size := utf8.DecodeLastRuneInString(text[lo:p])
		if !isSpaceRune(r) {
			break
		}
		p -= size
	}
	return p > lo && text[wordStart(text, lo, p):p] == "I"
}

// nounOpensAt reports whether the word at text[k:] may be the noun (or
// name) an ordinal goes on into: it begins with a capital letter and is
// no function word of either language.
func nounOpensAt(text string, b span, k int) bool {
	r, _ := utf8.DecodeRuneInString(text[k:b.e])
	if !unicode.IsUpper(r) {
		return false
	}
	nw := strings.ToLower(text[k:letterRunEnd(text, k, b.e, 32)])
	return lexDE[nw]&openersDE == 0 && lexEN[nw]&openersEN == 0
}

// letterRunEnd returns where the run of letters at text[k:] ends, before
// end and at most max bytes after k: the word a full stop is followed by.
func letterRunEnd(text string, k, end, max int) int {
	e := k
	for e < end && e-k < max {
		r, size := utf8.DecodeRuneInString(text[e:end])
		if !unicode.IsLetter(r) {
			break
		}
		e += size
	}
	return e
}

// spaceStartBefore returns where the white space that ends at p begins,
// not before lo: p when no space stands right before p.
func spaceStartBefore(text string, lo, p int) int {
	for p > lo {
		r, size := utf8.DecodeLastRuneInString(text[lo:p])
		if !isSpaceRune(r) {
			break
		}
		p -= size
	}
	return p
}
