package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Text copied out of a PDF, an e-paper or a print layout carries the
// marks of typesetting: words hyphenated at the line end ("Bundes-⏎
// regierung"), soft hyphens (U+00AD) and ligatures (ﬁ, ﬂ, ﬃ). printClean
// removes them, and the page numbers and running heads inside a sentence
// cut by a page break (split_furniture.go); Extract reads the clean text; the units keep the
// offsets and text of the original (the window highlights by offset).

// printEdit is one change of printClean: the original bytes [s, e) read
// as repl in the clean text.
type printEdit struct {
	s, e int
	repl string
}

// printMap maps offsets of the clean text back to the original.
type printMap struct {
	at   []int // the clean offset where each edit starts
	edit []printEdit
}

// printClean returns text without soft hyphens, with ligatures written out
// and with words hyphenated at a line end joined ("Bundes-⏎regierung" →
// "Bundesregierung", "Nord-⏎Ostsee" → "Nord-Ostsee", "Bundes-⏎und" →
// "Bundes- und"), and the map of its offsets to those of text; text itself
// and nil when there is nothing to change. Lines are joined only when
// join is set (not for a text read line by line, Options.Split).
func printClean(text string, join bool) (string, *printMap) {
	return printCleanIn(text, join, text)
}

// printCleanIn is printClean with the words of whole, a text that holds
// text, as the evidence for a compound's own hyphen (split_hyphen.go):
// a passage read as the whole article reads it.
func printCleanIn(text string, join bool, whole string) (string, *printMap) {
	breaks := join && printBreaks(text)
	if !strings.Contains(text, "\u00ad") && !strings.Contains(text, "\xef\xac") && !breaks {
		return text, nil
	}
	var edits []printEdit
	ev := hyphenEvidence{words: whole} // the text's own spelling of words cut at a line end (split_hyphen.go)
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\u00ad' && softHyphenInWord(text, i, size):
			edits = append(edits, printEdit{i, i + size, ""})
		case r >= 0xfb00 && r <= 0xfb06:
			edits = append(edits, printEdit{i, i + size, ligatures[r-0xfb00]})
		case r == '\n' && breaks:
			if k, ok := furnitureJoin(text, i); ok {
				edits = append(edits, printEdit{i, k, "\n"}) // "um ein⏎⏎Seite 4⏎⏎Drittel" (split_furniture.go)
				i = k
				continue
			}
		case (r == '-' || r == '‐') && breaks:
			if e, repl, ok := lineEndHyphen(text, i, size, &ev); ok {
				edits = append(edits, printEdit{i, e, repl})
				i = e
				continue
			}
		}
		i += size
	}
	if len(edits) == 0 {
		return text, nil
	}
	var b strings.Builder
	b.Grow(len(text))
	m := &printMap{edit: edits, at: make([]int, len(edits))}
	prev := 0
	for k, ed := range edits {
		b.WriteString(text[prev:ed.s])
		m.at[k] = b.Len()
		b.WriteString(ed.repl)
		prev = ed.e
	}
	b.WriteString(text[prev:])
	return b.String(), m
}

// softHyphenInWord reports whether the soft hyphen text[i:i+size] stands
// between two letters (a lone one is left as it is: a word of its own).
func softHyphenInWord(text string, i, size int) bool {
	before, _ := utf8.DecodeLastRuneInString(text[:i])
	after, _ := utf8.DecodeRuneInString(text[i+size:])
	return unicode.IsLetter(before) && unicode.IsLetter(after)
}

// ligatures are the letters of the Latin ligatures U+FB00 … U+FB06 (their
// compatibility decomposition).
var ligatures = [...]string{"ff", "fi", "fl", "ffi", "ffl", "st", "st"}

// printBreaks reports whether a line of text ends in a hyphen, or lacks
// final punctuation above furniture lines (split_furniture.go).
func printBreaks(text string) bool {
	for i := strings.IndexByte(text, '\n'); i >= 0; {
		j := i
		for j > 0 && (text[j-1] == ' ' || text[j-1] == '\t' || text[j-1] == '\r') {
			j--
		}
		if j > 0 {
			last, _ := utf8.DecodeLastRuneInString(text[:j])
			if last == '-' || last == '‐' {
				return true
			}
			if text[j-1] != '\n' && !strings.ContainsRune(finalMarks, last) {
				if _, ok := skipFurniture(text, i+1); ok {
					return true
				}
			}
		}
		k := strings.IndexByte(text[i+1:], '\n')
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return false
}

// lineEndHyphen reports whether the hyphen text[i:i+size] ends a line
// inside a word: a letter before it, only white space up to the line
// break and a letter or digit opening the next line. It returns where the
// break's white space ends and what the hyphen and break read as: nothing
// before a small letter (a word cut in two), the hyphen alone before a
// capital or a digit (a compound cut at its hyphen, "Nord-Ostsee",
// "Covid-19"), after an acronym ("US-amerikanisch") or where keepHyphen
// finds a compound's own hyphen ("self-driving", split_hyphen.go), the
// hyphen and a space before a conjunction ("Bundes- und
// Landesregierung"). ev holds the text's evidence for keepHyphen.
func lineEndHyphen(text string, i, size int, ev *hyphenEvidence) (int, string, bool) {
	j, ok := lineEndNext(text, i, size)
	if !ok {
		return 0, "", false
	}
	next, _ := utf8.DecodeRuneInString(text[j:])
	switch {
	case unicode.IsUpper(next) || unicode.IsDigit(next):
		return j, "-", true
	case !unicode.IsLower(next):
		return 0, "", false
	case suspendedBy(text[j:]):
		return j, "- ", true
	case acronymBefore(text[:i]):
		return j, "-", true // "US-⏎amerikanisch", "CDU-⏎geführt": an acronym keeps its hyphen
	case keepHyphen(text, i, j, ev):
		return j, "-", true
	}
	return j, "", true
}

// lineEndNext returns where the next line's word starts when the hyphen
// text[i:i+size] follows a letter and only white space follows it up to
// the line break (and page furniture after it: "Ent-⏎⏎Seite 4⏎⏎scheidung").
func lineEndNext(text string, i, size int) (int, bool) {
	if i == 0 {
		return 0, false
	}
	if before, _ := utf8.DecodeLastRuneInString(text[:i]); !unicode.IsLetter(before) {
		return 0, false
	}
	j := i + size
	for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
		j++
	}
	if j >= len(text) || text[j] != '\n' {
		return 0, false
	}
	j++
	if k, ok := skipFurniture(text, j); ok {
		j = k
	}
	for j < len(text) && (text[j] == ' ' || text[j] == '\t') {
		j++
	}
	return j, true
}

// acronymBefore reports whether s ends with a word of two or more capitals
// and no small letter (an acronym).
func acronymBefore(s string) bool {
	n := 0
	for len(s) > 0 {
		r, size := utf8.DecodeLastRuneInString(s)
		if !unicode.IsLetter(r) {
			break
		}
		if !unicode.IsUpper(r) {
			return false
		}
		n++
		s = s[:len(s)-size]
	}
	return n >= 2
}

// suspendedBy reports whether s opens with a conjunction that follows a
// suspended hyphen ("Bundes- und Landesregierung", "pre- and post-war").
func suspendedBy(s string) bool {
	w := s
	for k, r := range s {
		if !unicode.IsLetter(r) {
			w = s[:k]
			break
		}
	}
	switch w {
	case "und", "oder", "bzw", "sowie", "noch", "and", "or", "nor": // not "bis", "to": "Kür-⏎bis", "Toron-⏎to"
		return true
	}
	return false
}

// orig returns the offset in the original text of clean offset p. An
// offset at the start of a replacement maps to the start of its original
// bytes; one inside it to their start, or to their end when end is set (a
// unit's end); one past it moves with it.
func (m *printMap) orig(p int, end bool) int {
	k := sort.SearchInts(m.at, p+1) - 1 // the last edit that starts at or before p
	if k < 0 {
		return p
	}
	ed := m.edit[k]
	rs, re := m.at[k], m.at[k]+len(ed.repl)
	switch {
	case p >= re:
		return ed.e + (p - re)
	case p == rs || !end:
		return ed.s
	}
	return ed.e
}

// remap moves units of clean, the clean text, to text, the original:
// their offsets, their text and the words their reasons quote; a unit
// whose text the cleaning changed keeps its clean reading (ReadText).
func (m *printMap) remap(text, clean string, units []Unit) {
	for i := range units {
		u := &units[i]
		cs, ce := u.Start, u.End
		u.Start, u.End = m.orig(cs, false), m.orig(ce, true)
		u.Text = text[u.Start:u.End]
		if read := clean[cs:ce]; read != u.Text {
			u.read = read
		}
		for k, r := range u.Reasons {
			if q := m.quoteOrig(r, text, clean, cs, ce, u.Text); q != r {
				u.Reasons = slices.Clone(u.Reasons) // the lists may be shared
				u.Reasons[k] = q
			}
		}
	}
}

// quoteOrig returns reason r of the clean unit clean[cs:ce] with the word
// it quotes ("word for: Haushaltsausschuss") as the original text writes
// it ("word for: Haushalts\u00adausschuss"), so that a reason quotes the
// unit's own text; r itself when it quotes none or the original holds it.
func (m *printMap) quoteOrig(r, text, clean string, cs, ce int, unit string) string {
	for _, name := range [...]string{ReasonWordFor, ReasonWordAgainst} {
		ev, ok := strings.CutPrefix(r, name+": ")
		if !ok || ev == "" || strings.Contains(unit, ev) {
			continue
		}
		k := strings.Index(clean[cs:ce], ev)
		if k < 0 {
			return r
		}
		return name + ": " + text[m.orig(cs+k, false):m.orig(cs+k+len(ev), true)]
	}
	return r
}

// remapTrace moves the chooser's trace units of the clean text to the
// original text.
func (m *printMap) remapTrace(units []ClaimantUnit) {
	for i := range units {
		units[i].Start, units[i].End = m.orig(units[i].Start, false), m.orig(units[i].End, true)
	}
}

// PrintText returns text as the extractor reads it (printClean): without
// soft hyphens between letters, with ligatures written out, words
// hyphenated at a line end joined and a page's number and running head
// inside a sentence left out. A claim's text made from a unit of text
// copied from a print layout may be read so.
func PrintText(text string) string {
	s, _ := printClean(text, true)
	return s
}
