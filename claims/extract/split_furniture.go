package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A page of a print layout ends with its furniture: a page number ("Seite
// 4", "– 12 –", "Page 13") and a running head or foot (the paper's name
// and the date, "Tagesblatt · Montag, 3. Mai 2027"). Copied text holds them
// between two parts of a sentence that the page break cut. printClean
// reads such a sentence without them (furnitureJoin); furniture between
// whole paragraphs stays a unit of its own.

// maxFurnitureWords bounds the words of a furniture line.
const maxFurnitureWords = 12

// furnitureLine reports whether line (trimmed) is a page number or a
// running head: short, with no word in lower case but those of a date,
// and either only page numbers, their labels and dashes, or a date with a
// separator (· | • or a gap of three spaces) between it and the rest.
func furnitureLine(line string) bool {
	if len(line) > 4*maxFurnitureWords*8 || moreFields(line, maxFurnitureWords) {
		return false // most lines: a paragraph's, read without splitting it
	}
	if !strings.ContainsAny(line, "0123456789·|•") && !strings.Contains(line, "   ") {
		return false // neither a page number nor a separator: a heading, a short paragraph
	}
	f := strings.Fields(line)
	if len(f) == 0 || len(f) > maxFurnitureWords || strings.HasSuffix(line, ".") && !hkDateWord(strings.Trim(f[len(f)-1], hkSeparators)) {
		return false
	}
	number, other := false, false
	for _, w := range f {
		t := strings.Trim(w, hkSeparators+"•")
		switch {
		case t == "":
		case isDigits(t) && len(t) <= 4:
			number = true
		case pageLabels[strings.ToLower(t)]:
		default:
			other = true
			if r, _ := utf8.DecodeRuneInString(t); unicode.IsLower(r) && !hkDateWord(t) {
				return false
			}
		}
	}
	if !other {
		return number
	}
	return headDate(f) && (strings.ContainsAny(line, "·|•") || strings.Contains(line, "   "))
}

// moreFields reports whether line has more than n words separated by
// white space, without splitting it.
func moreFields(line string, n int) bool {
	words, in := 0, false
	for _, r := range line {
		if unicode.IsSpace(r) {
			in = false
		} else if !in {
			if in, words = true, words+1; words > n {
				return true
			}
		}
	}
	return false
}

// headDate reports whether the words f hold a date: a month's or a
// weekday's name, a date in digits or a year ("2027").
func headDate(f []string) bool {
	if hkClockOrDateFields(f) {
		return true
	}
	for _, w := range f {
		t := strings.ToLower(strings.Trim(w, hkSeparators+"."))
		if lexDE[t]&cWeekday != 0 || lexEN[t]&cWeekday != 0 || len(t) == 4 && isDigits(t) && (t[:2] == "19" || t[:2] == "20") {
			return true
		}
	}
	return false
}

// pageLabels are the words that name a page number (lower case).
var pageLabels = map[string]bool{"seite": true, "s.": true, "page": true, "p.": true, "pg.": true, "von": true, "of": true}

// furnitureJoin reports whether the line break text[i] ends a line that
// a sentence goes on from after furniture lines (and blank lines) below
// it; it returns where the next line of text starts. The line must lack
// final punctuation and the next one go on from it (continues).
func furnitureJoin(text string, i int) (int, bool) {
	ls := strings.LastIndexByte(text[:i], '\n') + 1
	prev := strings.TrimRight(text[ls:i], " \t\r")
	if prev == "" {
		return 0, false
	}
	if last, _ := utf8.DecodeLastRuneInString(prev); strings.ContainsRune(finalMarks, last) {
		return 0, false
	}
	k, ok := skipFurniture(text, i+1)
	if !ok {
		return 0, false
	}
	e := strings.IndexByte(text[k:], '\n')
	if e < 0 {
		e = len(text) - k
	}
	next := strings.TrimLeft(text[k:k+e], " \t")
	return k, continues(strings.TrimLeft(prev, " \t"), next)
}

// skipFurniture returns the start of the first line at or after j that is
// neither blank nor furniture, when at least one furniture line lies
// before it.
func skipFurniture(text string, j int) (int, bool) {
	seen := false
	for j < len(text) {
		e := strings.IndexByte(text[j:], '\n')
		if e < 0 {
			e = len(text) - j
		}
		line := strings.TrimSpace(text[j : j+e])
		switch {
		case line == "":
		case furnitureLine(line):
			seen = true
		default:
			return j, seen
		}
		j += e + 1
	}
	return 0, false
}

// finalMarks end a line that no line after it goes on from (blocks).
const finalMarks = ".!?:;…\"“”»«’)"

// continues reports whether line next goes on from line prev, which lacks
// final punctuation: next starts in lower case, or with a capital after a
// word that cannot end prev (wrapJoins, without the text's width).
func continues(prev, next string) bool {
	r, _ := utf8.DecodeRuneInString(next)
	return unicode.IsLower(r) || unicode.IsUpper(r) && wrapJoins(prev, 0)
}

// furnitureUnit reports whether unit i of out (the units of spans, one
// each) is a furniture line alone in its block, between paragraphs; a
// bare number is not (a list's item number: "12").
func furnitureUnit(out []Unit, spans []span, i int) bool {
	if len(spans) != len(out) {
		return false
	}
	p := spans[i].para
	if i > 0 && spans[i-1].para == p || i+1 < len(spans) && spans[i+1].para == p || strings.IndexByte(out[i].Text, '\n') >= 0 {
		return false
	}
	return !isDigits(out[i].Text) && furnitureLine(out[i].Text)
}
