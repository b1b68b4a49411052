package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A page of readers' letters ("Leserbriefe") prints each letter as one or
// more paragraphs and signs it on a line of its own below: the writer's
// name, a comma, and a place or an office ("Eva Roth, Talheim", "Dr. Eva
// Roth, Vorsitzende des Fördervereins"). The letter's units are the
// writer's (the guide: the person the text attributes them to), though
// the name comes after them.

// letterHeadsDE are the headings that open a page of readers' letters,
// in lower case.
var letterHeadsDE = []string{
	"leserbriefe", "leserbrief", "leserforum", "leserpost",
	"briefe an die redaktion", "post an die redaktion",
}

// noteLettersDE records that the text has reached a page of readers'
// letters: a unit on a line of its own that is one of letterHeadsDE.
func (d *docState) noteLettersDE(text string) {
	if d.lineAlone && d.answer.paraStart && letterHeadDE(strings.TrimSpace(text)) {
		d.letters = true
	}
}

// letterHeadDE tells whether s is one of letterHeadsDE, case ignored
// (compared in place: most units on a line of their own are headings of
// other kinds, and lowering each would copy it).
func letterHeadDE(s string) bool {
	for _, h := range letterHeadsDE {
		if len(s) == len(h) && strings.EqualFold(s, h) {
			return true
		}
	}
	return false
}

// letterSpeakerDE returns who and carried unchanged, except that on a
// page of readers' letters a unit with no claimant of its own, or one
// carried over, that ends no line of its own with a colon ("Zum Bericht
// …:") and is no signature itself gets the writer whose signature
// (signatureDE) follows it, before any line that ends with a colon; the
// text after the unit is rest.
func (d *docState) letterSpeakerDE(text, rest, who string, carried bool) (string, bool) {
	if !d.letters || who != "" && !carried || strings.HasSuffix(strings.TrimSpace(text), ":") || d.lineAlone && signatureDE(text) != "" {
		return who, carried
	}
	k := strings.IndexByte(rest, '\n')
	for k >= 0 {
		rest = rest[k+1:]
		k = strings.IndexByte(rest, '\n')
		line := rest
		if k >= 0 {
			line = rest[:k]
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if strings.HasSuffix(line, ":") {
			return who, carried // the next letter's heading: no signature for this unit
		}
		if w := signatureDE(line); w != "" {
			return w, true
		}
	}
	return who, carried
}

// signatureDE returns the writer a letter's signature line names: two or
// three capitalised words (after "Dr." or "Prof.", left out), a comma, and
// at most twelve more words with no full stop, question or exclamation
// mark at the end; "" for any other line.
func signatureDE(line string) string {
	name, tail, ok := strings.Cut(strings.TrimSpace(line), ", ")
	if !ok || tail == "" || strings.ContainsAny(tail[len(tail)-1:], ".!?:") || len(strings.Fields(tail)) > 12 {
		return ""
	}
	for _, t := range [...]string{"Dr. ", "Prof. "} {
		name = strings.TrimPrefix(name, t)
	}
	words := strings.Fields(name)
	if len(words) < 2 || len(words) > 3 {
		return ""
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || strings.ContainsAny(w, ".;:„“\"()") {
			return ""
		}
	}
	return name
}
