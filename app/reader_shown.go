package app

import "claimdesk/claims/extract"

// maxShownRunes is the most of a sentence the reader's rows and the
// suggestion's details show. Fyne lays out a label's whole text on the
// UI goroutine: a "sentence" of megabytes (a long text without a full
// stop) froze the window for minutes. Real sentences are far shorter.
const maxShownRunes = 2000

// shownUnit is the unit's text as the reader shows it (unitText), cut
// after maxShownRunes runes at a space when there is one near, with " …"
// (shownStart).
func shownUnit(u extract.Unit) string { return shownStart(unitText(u), maxShownRunes) }
