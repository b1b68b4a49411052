package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A hyphen at a line end before a small letter is most often the
// typesetter's, inside a word ("Bundes-⏎regierung", "govern-⏎ment"), but
// a compound's own hyphen can fall there too ("self-⏎driving",
// "well-⏎known", "e-⏎mail"). keepHyphen tells them apart from general
// evidence, in this order: a first part of one letter (typesetting never
// leaves a single letter at a line end); the text itself (the same word
// written elsewhere on one line, with or without the hyphen); for English
// text, a first element that keeps its hyphen by the rules of English
// spelling (compoundFirstEN); else the word is joined.

// Bits of hyphenEvidence.seen.
const (
	hyWanted = 1 << iota // the key is the joined or hyphenated form of a break's word
	hySeen               // the text writes it so on one line
)

// hyphenEvidence holds, for the words cut at a line-end hyphen before a
// small letter, whether words, the whole text, writes them elsewhere
// joined ("selfdriving") or hyphenated ("self-driving"), by lower-case
// key. It is built on first use, for the breaks at and after the first
// one asked about.
type hyphenEvidence struct {
	words string
	built bool
	seen  map[string]uint8
	buf   []byte
}

// keepHyphen reports whether the hyphen at text[i], at a line end
// before the small letter at text[j], is a compound's own hyphen (kept)
// rather than the typesetter's (the word joined).
func keepHyphen(text string, i, j int, ev *hyphenEvidence) bool {
	first, rest := lastLetters(text[:i]), firstLetters(text[j:])
	if utf8.RuneCountInString(first) == 1 {
		return true // "e-⏎mail", "x-⏎ray"
	}
	if ev != nil {
		switch ev.says(text, i, first, rest) {
		case 1:
			return true
		case -1:
			return false
		}
	}
	return compoundFirstEN(first, rest) && englishAround(text, i)
}

// says returns 1 when ev.words writes first+"-"+rest on one line and
// never first+rest, -1 for the reverse, 0 when it writes neither or both
// (case aside); the breaks are collected from text, the text cleaned.
func (ev *hyphenEvidence) says(text string, i int, first, rest string) int {
	if !ev.built {
		ev.build(text, i)
	}
	ev.key(first, "", rest)
	joined := ev.seen[string(ev.buf)]&hySeen != 0
	ev.key(first, "-", rest)
	hyphened := ev.seen[string(ev.buf)]&hySeen != 0
	switch {
	case hyphened && !joined:
		return 1
	case joined && !hyphened:
		return -1
	}
	return 0
}

// key writes the lower-case key of a+sep+b to ev.buf.
func (ev *hyphenEvidence) key(a, sep, b string) {
	ev.buf = ev.buf[:0]
	for _, s := range [...]string{a, sep, b} {
		for i := 0; i < len(s); {
			if c := s[i]; c < utf8.RuneSelf {
				if c >= 'A' && c <= 'Z' {
					c += 'a' - 'A'
				}
				ev.buf = append(ev.buf, c)
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(s[i:])
			ev.buf = utf8.AppendRune(ev.buf, unicode.ToLower(r))
			i += size
		}
	}
}

// build collects the words cut at the line-end hyphens of text from
// offset from on, then reads the words of ev.words once and marks those
// it writes on one line, joined or hyphenated.
func (ev *hyphenEvidence) build(text string, from int) {
	ev.built = true
	ev.seen = map[string]uint8{}
	for k := from; k < len(text); {
		nl := strings.IndexByte(text[k:], '\n')
		if nl < 0 {
			break
		}
		nl += k
		if first, rest, ok := breakWord(text, nl); ok {
			ev.key(first, "", rest)
			ev.seen[string(ev.buf)] = hyWanted
			ev.key(first, "-", rest)
			ev.seen[string(ev.buf)] = hyWanted
		}
		k = nl + 1
	}
	ev.mark(ev.words)
}

// mark sets hySeen on the wanted keys that text writes: a run of letters,
// or two runs joined by one hyphen.
func (ev *hyphenEvidence) mark(text string) {
	prevStart, prevEnd := -1, -1 // the run of letters before
	for i := 0; i < len(text); {
		n := letterAt(text, i)
		if n == 0 {
			i++
			continue
		}
		s := i
		for n > 0 {
			i += n
			n = letterAt(text, i)
		}
		ev.markKey(text[s:i])
		if prevEnd >= 0 && prevEnd+1 == s && text[prevEnd] == '-' {
			ev.markKey(text[prevStart:i])
		}
		prevStart, prevEnd = s, i
	}
}

// letterAt returns the length of the letter at text[i], 0 when none is
// there (ASCII read without decoding).
func letterAt(text string, i int) int {
	if i >= len(text) {
		return 0
	}
	if c := text[i]; c < utf8.RuneSelf {
		if c|0x20 >= 'a' && c|0x20 <= 'z' {
			return 1
		}
		return 0
	}
	r, size := utf8.DecodeRuneInString(text[i:])
	if unicode.IsLetter(r) {
		return size
	}
	return 0
}

// markKey sets hySeen on w's lower-case key when it is wanted.
func (ev *hyphenEvidence) markKey(w string) {
	k := w
	if !lowerASCII(w) {
		ev.key(w, "", "")
		k = string(ev.buf) // a copy only when it is wanted: the map lookup below does not copy
		if _, ok := ev.seen[string(ev.buf)]; !ok {
			return
		}
	}
	if v, ok := ev.seen[k]; ok && v&hySeen == 0 {
		ev.seen[k] = v | hySeen
	}
}

// lowerASCII reports whether s holds only ASCII small letters and hyphens
// (its own lower-case key).
func lowerASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < 'a' || c > 'z') && c != '-' {
			return false
		}
	}
	return true
}

// breakWord returns the two parts of the word cut at a hyphen before the
// line break text[nl] and a small letter ("self", "driving"), as
// lineEndHyphen reads it (a line that starts in lower case is no page's
// furniture: the costly test is left to the others); ok is false when the
// line does not end so.
func breakWord(text string, nl int) (first, rest string, ok bool) {
	h := nl
	for h > 0 && (text[h-1] == ' ' || text[h-1] == '\t' || text[h-1] == '\r') {
		h--
	}
	last, size := utf8.DecodeLastRuneInString(text[:h])
	if last != '-' && last != '‐' {
		return "", "", false
	}
	first = lastLetters(text[:h-size])
	if first == "" {
		return "", "", false
	}
	j := nl + 1
	for j < len(text) && (text[j] == ' ' || text[j] == '\t') {
		j++
	}
	if next, _ := utf8.DecodeRuneInString(text[j:]); !unicode.IsLower(next) {
		var ok bool
		if j, ok = lineEndNext(text, h-size, size); !ok {
			return "", "", false // the page's furniture between the parts: "Ent-⏎⏎Seite 4⏎⏎scheidung"
		}
		if next, _ = utf8.DecodeRuneInString(text[j:]); !unicode.IsLower(next) {
			return "", "", false
		}
	}
	return first, firstLetters(text[j:]), true
}

// lastLetters returns the run of letters that s ends with.
func lastLetters(s string) string {
	k := len(s)
	for k > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:k])
		if !unicode.IsLetter(r) {
			break
		}
		k -= size
	}
	return s[k:]
}

// firstLetters returns the run of letters that s starts with.
func firstLetters(s string) string {
	for k, r := range s {
		if !unicode.IsLetter(r) {
			return s[:k]
		}
	}
	return s
}

// compoundFirstEN reports whether first, written in lower case, is an
// English compound's first element that keeps its hyphen by the rules of
// spelling ("self-driving", "well-known", "ill-fated", "all-time",
// "quasi-judicial", "great-grandmother", "twenty-five"), and rest is no
// suffix that makes one word of it ("selfish", "wellness", "illness").
// Left out: elements that American spelling closes ("nonprofit",
// "antiwar", "halfway") and "ex", a frequent syllable ("ex-pect").
func compoundFirstEN(first, rest string) bool {
	switch first {
	case "self", "well", "ill", "all", "quasi", "great",
		"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety":
	default:
		return false
	}
	for _, suf := range [...]string{"ish", "less", "ness", "hood", "same"} {
		if strings.HasPrefix(rest, suf) {
			return false
		}
	}
	return rest != "ly"
}

// englishAround reports whether the text around offset i reads as
// English (langVotes over about 600 bytes).
func englishAround(text string, i int) bool {
	s, e := max(0, i-300), min(len(text), i+300)
	de, en := langVotes(text[s:e])
	return en > de
}
