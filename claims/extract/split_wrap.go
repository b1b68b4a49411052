package extract

import (
	"strings"
	"unicode/utf8"
)

// Text copied from a print layout is broken into lines of a column's
// width, and a line may start with a capital inside a sentence (a German
// noun, a name: "wurde auf der⏎Autobahn"). blocks joins such a line to the
// one before when that one cannot end there (wrapJoins).

// Bounds of a hard-wrapped text (wrapWidth): its longest line has at most
// maxWrapRunes runes, and minWrapLines of its lines have minWrapRunes or
// more.
const (
	maxWrapRunes = 110
	minWrapRunes = 40
	minWrapLines = 3
)

// wrapWidth returns the width of text in runes when it reads as hard-
// wrapped (its longest line, see maxWrapRunes), 0 when it does not (a web
// page's text: one line per paragraph).
func wrapWidth(text string) int {
	width, long := 0, 0
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
		n := utf8.RuneCountInString(strings.TrimRight(text[pos:end], " \t\r"))
		if n > maxWrapRunes {
			return 0
		}
		if n >= minWrapRunes {
			long++
		}
		width = max(width, n)
		pos = end + 1
	}
	if long < minWrapLines {
		return 0
	}
	return width
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

func init() {
	for _, w := range strings.Fields(`der die das des dem den ein eine einer eines einem einen
am im zum zur vom beim ins ans von seit für ohne zwischen wegen trotz und oder sowie sondern dass weil wenn ob als
the a an of and or nor but from with into onto than its their his our whose`) {
		lineEndWords[w] = true
	}
}
