package sqlstore

import (
	"strings"
	"unicode"
)

// Unit is one element of what a person searches for: a word, matched as
// a prefix in any of its spellings, or a number written with inner
// separators (2,5 or 1.600 or 3/4), whose digit groups are matched exactly
// and next to each other. Digits is nil for a word.
type Unit struct {
	Word   string   // the word, lower-cased (a number: its groups joined by spaces)
	Digits []string // a number's digit groups, in order
}

// Group is a word, a number, or a quoted phrase: units that must stand
// next to each other, in this order.
type Group []Unit

// Phrase reports whether the group needs its units' positions: a quoted
// phrase of several units, or a number.
func (g Group) Phrase() bool { return len(g) > 1 || (len(g) == 1 && g[0].Digits != nil) }

// quoteMarks open and close a phrase: straight and typographic double
// quotes. Single quotes are not among them: ' and ’ are apostrophes too
// (Trump’s, geht's).
const quoteMarks = "\"„“”«»"

// isWordRune is what QueryTerms keeps: letters, digits and combining marks.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.Is(unicode.Mn, r)
}

// numberSeparators may stand between the digit groups of a number.
const numberSeparators = ".,/"

// QueryGroups splits what a person typed into groups: text between quote
// marks is one phrase (an unclosed quote runs to the end), every other
// word is a group of its own, and so is every number with inner
// separators. Words are lower-cased; repeated groups are dropped; at most
// maxQueryTerms units are taken (a longer phrase is cut to its start).
func QueryGroups(text string) []Group {
	var out []Group
	seen := map[string]bool{}
	units := 0
	add := func(g Group) {
		g = g[:min(len(g), maxQueryTerms-units)] // a long quoted passage: its start
		if len(g) == 0 {
			return
		}
		key := ""
		for _, u := range g {
			key += u.Word + "\x00"
		}
		if seen[key] {
			return
		}
		seen[key] = true
		units += len(g)
		out = append(out, g)
	}
	quoted, start := false, 0
	flush := func(seg string) {
		us := segmentUnits(seg)
		if quoted {
			add(us)
			return
		}
		for _, u := range us {
			add(Group{u})
		}
	}
	for i, r := range text {
		if strings.ContainsRune(quoteMarks, r) {
			flush(text[start:i])
			quoted = !quoted
			start = i + len(string(r))
		}
	}
	flush(text[start:])
	return out
}

// segmentUnits splits a stretch of text into its words and numbers, in
// order: runs of word runes, lower-cased; runs of digits joined by one of
// numberSeparators make one number.
func segmentUnits(s string) Group {
	var toks []token
	rs := []rune(s)
	for i := 0; i < len(rs); {
		if !isWordRune(rs[i]) {
			i++
			continue
		}
		j := i
		digits := true
		for j < len(rs) && isWordRune(rs[j]) {
			digits = digits && unicode.IsDigit(rs[j])
			j++
		}
		k := j
		for k < len(rs) && !isWordRune(rs[k]) {
			k++
		}
		toks = append(toks, token{strings.ToLower(string(rs[i:j])), digits, string(rs[j:k])})
		i = k
	}
	var out Group
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if !t.digits || i+1 >= len(toks) || !joins(t.sep, toks[i+1]) {
			out = append(out, Unit{Word: t.text})
			continue
		}
		u := Unit{Digits: []string{t.text}}
		for i+1 < len(toks) && toks[i+1].digits && joins(toks[i].sep, toks[i+1]) {
			i++
			u.Digits = append(u.Digits, toks[i].text)
		}
		u.Word = strings.Join(u.Digits, " ")
		out = append(out, u)
	}
	return out
}

// token is a run of word runes of a query and what follows it.
type token struct {
	text   string
	digits bool   // digits only
	sep    string // what stands between this token and the next
}

// joins reports whether sep, one number separator, joins digit groups
// with next.
func joins(sep string, next token) bool {
	return next.digits && len(sep) == 1 && strings.Contains(numberSeparators, sep)
}
