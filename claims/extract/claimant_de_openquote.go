package extract

import "strings"

// A German quotation left open at the end of its paragraph (it goes on in
// the next) has its paragraph split into units at every sentence end, and
// the units after the first open with no quotation mark of their own
// („Wir sind ein kleiner Laden. | Außer mir arbeiten hier drei Leute.“).
// Such a unit is still quoted speech, in the voice of
// the quotation's speaker, as openQuoteEN keeps it for English. German
// marks differ: „ opens and “ closes, but “ opens where no quotation is
// open (the English style some German texts use, closed by ”); guillemets
// point either way (»…« in Germany, «…» in Switzerland), so each of them,
// like a straight ", switches.

// openQuoteDE remembers whether the German unit before left a quotation
// open (noteOpenQuoteEN clears d.openQ for German units).
type openQuoteDE struct {
	open bool // the unit before ended inside a quotation
	end  int  // where the unit before ended in the document
}

// noteOpenQuoteDE sets d.openQ.inside when the German unit doc[start:end]
// starts inside a quotation an earlier unit of its paragraph opened, and
// records whether it leaves one open; it leaves English units alone.
func (d *docState) noteOpenQuoteDE(doc string, start, end int, de bool) {
	if !de {
		return
	}
	q := &d.openDE
	inside := q.open && start >= q.end && strings.IndexByte(doc[q.end:start], '\n') < 0
	d.openQ.inside = inside
	q.open = endsInQuoteDE(doc[start:end], inside)
	q.end = end
}

// endsInQuoteDE reports whether German text, starting inside a quotation
// when open, ends inside one.
func endsInQuoteDE(text string, open bool) bool {
	for i := 0; i < len(text); i++ {
		switch {
		case text[i] == '"':
			open = !open
		case strings.HasPrefix(text[i:], "„"):
			open = true
		case strings.HasPrefix(text[i:], "“"), strings.HasPrefix(text[i:], "»"), strings.HasPrefix(text[i:], "«"):
			open = !open
		case strings.HasPrefix(text[i:], "”"):
			open = false
		}
	}
	return open
}
