package app

import "strings"

// maxShownRunes is the most of a sentence the reader's rows and the
// suggestion's details show. Fyne lays out a label's whole text on the
// UI goroutine: a "sentence" of megabytes (a long text without a full
// stop) froze the window for minutes. Real sentences are far shorter.
const maxShownRunes = 2000

// shownUnit is the unit's text as the reader shows it (trimUnit), cut
// after maxShownRunes runes at a space when there is one near, with " …".
func shownUnit(s string) string {
	t := trimUnit(s)
	if len(t) <= maxShownRunes { // bytes ≥ runes: short enough
		return t
	}
	n := 0
	for i := range t {
		if n == maxShownRunes {
			cut := t[:i]
			if j := strings.LastIndexByte(cut, ' '); j > len(cut)*3/4 {
				cut = cut[:j]
			}
			return cut + " …"
		}
		n++
	}
	return t
}
