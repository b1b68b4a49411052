package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Text copied from a print layout is broken into lines of a column's
// width, and a line may start with a capital inside a sentence (a German
// noun, a name: "wurde auf der⏎Autobahn"). blocks joins such a line to the
// one before when that one cannot end there (wrapJoins).

// Bounds of a hard-wrapped text (wrapWidth): its longest line has at most
// maxWrapRunes runes, and minWrapLines of its lines have minWrapRunes or
// more (a newspaper's column holds about 30 to 45 characters a line).
const (
	maxWrapRunes = 110
	minWrapRunes = 25
	minWrapLines = 3
)

// wrapWidth returns the width of text in runes when it reads as hard-
// wrapped, 0 when it does not (a web page's text: one line per paragraph).
// A hard-wrapped text has no line over maxWrapRunes, minWrapLines lines
// of minWrapRunes or more, and lines that a sentence goes on from in the
// next line's lower case (wrapLines: at least two, one in five long
// lines), which a page's short paragraphs and link lines lack. The width
// is the median length of its long lines, not the longest: a running
// head, or two lines that printClean joined at a line-end hyphen, are
// longer than the column.
func wrapWidth(text string) int {
	var count [maxWrapRunes + 1]int // long lines by their length in runes
	long, cont := 0, 0
	open := false // the line before ends without final punctuation
	for pos := 0; pos < len(text); {
		end := strings.IndexByte(text[pos:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += pos
		}
		if end-pos > 4*maxWrapRunes {
			return 0
		}
		line := strings.TrimSpace(text[pos:end])
		n := utf8.RuneCountInString(line)
		if n > maxWrapRunes {
			return 0
		}
		if n >= minWrapRunes {
			count[n]++
			long++
		}
		if first, _ := utf8.DecodeRuneInString(line); open && unicode.IsLower(first) {
			cont++
		}
		last, _ := utf8.DecodeLastRuneInString(line)
		open = n > 0 && !strings.ContainsRune(finalMarks, last)
		pos = end + 1
	}
	if long < minWrapLines || cont < 2 || 5*cont < long {
		return 0
	}
	seen := 0
	for n, c := range count {
		if seen += c; 2*seen >= long {
			return n
		}
	}
	return 0
}

// wrapJoins reports whether prev, a line without final punctuation, goes
// on in the next line, which starts with a capital: when prev ends with a
// word that never ends a sentence or a heading (an article, a
// preposition, a conjunction: lineEndWords), or when the text is hard-
// wrapped (width > 0) and prev fills at least two thirds of its width
// (a short line there ends a heading or a paragraph).
func wrapJoins(prev string, width int) bool {
	if width > 0 {
		if n := utf8.RuneCountInString(prev); n >= minWrapRunes && 3*n >= 2*width {
			return true
		}
	}
	w := len(prev)
	for w > 0 && prev[w-1] >= 'a' && prev[w-1] <= 'z' {
		w--
	}
	if w == len(prev) || w > 0 && prev[w-1] != ' ' {
		return false
	}
	return lineEndWords[prev[w:]]
}

// lineEndWords are German and English function words, as written inside a
// sentence (lower case), after which a sentence goes on: articles,
// prepositions that govern a noun and are no verb's particle (not "zu",
// "aus", "auf": "Schulen bleiben zu"; not "by", "at"), conjunctions.
var lineEndWords = map[string]bool{}

// init fills lineEndWords.
func init() {
	for _, w := range strings.Fields(`der die das des dem den ein eine einer eines einem einen
am im zum zur vom beim ins ans von seit für ohne zwischen wegen trotz und oder sowie sondern dass weil wenn ob als
the a an of and or nor but from with into onto than its their his our whose`) {
		lineEndWords[w] = true
	}
}
