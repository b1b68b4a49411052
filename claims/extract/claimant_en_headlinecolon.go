package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// headlineColonNameEN is the speaker of a headline that opens with a
// person's surname or full name and a colon ("Lerwick: Tolls will double",
// "Ann Lerwick: The pier is safe"), a person named only further down the
// text: the full name the rest of the text gives the surname ("Mayor Ann
// Lerwick said …"), or the two-word label itself when the rest of the text
// writes it. Only in the text's first two units (its headline): further
// down, a list ("Ann Lee: Finish second.") names goals, not claims. On
// training articles: English right 5881 → 5887 (6 articles), right none
// unchanged. "" for a question ("Ann Lee: hero or villain?"), a label of
// three words or more, in capitals ("WATCH:", "AP FACT CHECK:") or with a
// word the lexicon knows as no name ("The Latest:"), and a label the rest
// of the text never gives as a name ("Photos:", "Poll:").
func (d *docState) headlineColonNameEN(toks []token, text string) string {
	if d.units > 2 {
		return "" // a list further down ("Ann Lee: Finish second.") is no headline
	}
	k := 0
	for k < len(toks) && k < 3 && toks[k].flags&(tCap|tPunct|tAllCap) == tCap && toks[k].cat&(cDet|cNotName) == 0 {
		k++
	}
	if k == 0 || k > 2 || k >= len(toks) || toks[k].p != ':' || len(toks)-k <= 3 || toks[len(toks)-1].p == '?' {
		return ""
	}
	if k == 2 {
		label := text[toks[0].s:toks[1].e]
		if wordIndexEN(d.restEN, label, 0) >= 0 {
			return label // "Ann Lerwick: …" and "Ann Lerwick" below
		}
		return ""
	}
	return laterFullNameEN(d.restEN, text[toks[0].s:toks[0].e])
}

// laterFullNameEN is the first full name "First Surname" (or "First M.
// Surname") that rest gives the surname sur, whose first name rest never
// writes in lower case (not "President Lerwick", "The Lerwick plan"), or
// "" (also after maxSurnameTriesEN mentions).
func laterFullNameEN(rest, sur string) string {
	for from, n := 0, 0; n < maxSurnameTriesEN; n++ {
		i := wordIndexEN(rest, sur, from)
		if i < 0 {
			return ""
		}
		from = i + len(sur)
		b := i - 1
		if b <= 0 || rest[b] != ' ' {
			continue
		}
		fb := wordStartEN(rest, b)
		first := rest[fb:b]
		if len(first) == 2 && first[1] == '.' && fb >= 2 && rest[fb-1] == ' ' { // "Marc J. Randazza"
			ib := wordStartEN(rest, fb-1)
			first = rest[ib:b]
			if firstNameEN(rest, rest[ib:fb-1]) {
				return first + " " + sur
			}
			continue
		}
		if firstNameEN(rest, first) {
			return first + " " + sur
		}
	}
	return ""
}

// maxSurnameTriesEN is how many mentions of a surname laterFullNameEN
// tries (each try may scan the text once): a bound on a long text.
const maxSurnameTriesEN = 12

// firstNameEN reports whether w could be a first name in rest: a
// capitalised word of letters, two at least, that rest never writes in
// lower case (so no title, adjective or function word).
func firstNameEN(rest, w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if utf8.RuneCountInString(w) < 2 || !unicode.IsUpper(r) {
		return false
	}
	for _, c := range w {
		if !unicode.IsLetter(c) && c != '-' {
			return false
		}
	}
	return wordIndexEN(rest, strings.ToLower(w), 0) < 0
}

// wordStartEN is the start of the word that ends at byte e of s.
func wordStartEN(s string, e int) int {
	b := e
	for b > 0 && s[b-1] != ' ' && s[b-1] != '\n' && s[b-1] != '\t' {
		b--
	}
	return b
}

// wordIndexEN is the byte index of the first occurrence of w in s at or
// after from that stands as a whole word (no letter or digit on either
// side), or -1.
func wordIndexEN(s, w string, from int) int {
	for from <= len(s) {
		j := strings.Index(s[from:], w)
		if j < 0 {
			return -1
		}
		i := from + j
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[i+len(w):])
		if (i == 0 || !unicode.IsLetter(before) && !unicode.IsDigit(before)) && (i+len(w) == len(s) || !unicode.IsLetter(after) && !unicode.IsDigit(after)) {
			return i
		}
		from = i + 1
	}
	return -1
}
