package extract

import "strings"

// A quotation of several sentences is split into units at its sentence
// ends; the units after the first open with no quotation mark of their own
// ("''We lost. | It was a mess.''"). Such a unit is still quoted speech:
// it goes on in the voice of the quotation's speaker. English news closes a
// quotation before a new paragraph or opens it again there, so an open
// quotation does not reach past a paragraph break.

// openQuoteEN remembers whether the unit before left a double quotation
// open.
type openQuoteEN struct {
	open   bool // the unit before ended inside a quotation
	end    int  // where the unit before ended in the document
	inside bool // the current unit starts inside a quotation opened before it
}

// noteOpenQuoteEN records whether the English unit doc[start:end] starts
// inside a quotation an earlier unit of its paragraph opened, and whether
// it leaves one open.
func (d *docState) noteOpenQuoteEN(doc string, start, end int, de bool) {
	q := &d.openQ
	if de {
		*q = openQuoteEN{}
		return
	}
	q.inside = q.open && start >= q.end && strings.IndexByte(doc[q.end:start], '\n') < 0
	q.open = endsInQuote(doc[start:end], q.inside)
	q.end = end
}

// endsInQuote reports whether text, starting inside a quotation when open,
// ends inside one. Curly double marks open and close; a straight double
// mark and two apostrophes ("”") switch. Single marks are left out: they
// are mostly apostrophes or quotations inside quotations. Only the bytes
// of quoteLeadsEN are visited (a mark starts with one of them).
func endsInQuote(text string, open bool) bool {
	marks := newByteFinder(text, len(text), quoteLeadsEN)
	for i := marks.from(0); i < len(text); i = marks.from(i + 1) {
		switch {
		case text[i] == '"':
			open = !open
		case text[i] == '\'' && i+1 < len(text) && text[i+1] == '\'':
			open = !open
			i++
		case strings.HasPrefix(text[i:], "“"):
			open = true
		case strings.HasPrefix(text[i:], "”"):
			open = false
		}
	}
	return open
}

// quoteLeadsEN are the bytes an English quotation mark of endsInQuote
// starts with: " and ' and the lead byte of “ and ” (0xE2).
var quoteLeadsEN = []byte{'"', '\'', 0xE2}
