package extract

import (
	"slices"
	"strings"
)

// A German quotation of several paragraphs is closed only at its end: a
// quotation left open at the end of a paragraph goes on in the next, and
// its paragraphs are split into units at every sentence end, so that the
// units after the first open with no quotation mark of their own („Die
// Werkstatt ist alt. | Im Winter ist es dort kalt.“). Such a unit is still
// quoted speech, in the voice of the speaker of the unit that opened the
// quotation (as openQuoteEN keeps it for English, there within a
// paragraph). German marks differ: „ opens and “ closes, but “ opens where
// no quotation is open (the English style some German texts use, closed
// by ”); guillemets point either way (»…« in Germany, «…» in
// Switzerland), so each of them, like a straight ", switches.

// openQuoteDE remembers whether the German unit before left a quotation
// open (noteOpenQuoteEN clears d.openQ for German units).
type openQuoteDE struct {
	open    bool   // the unit before ended inside a quotation
	end     int    // where the unit before ended in the document
	speaker string // the claimant of the unit that opened the quotation
}

// noteOpenQuoteDE sets d.openQ.inside when the German unit doc[start:end]
// starts inside a quotation an earlier unit opened and none closed, also
// past a paragraph break, and records whether it leaves one open; it
// leaves English units alone.
func (d *docState) noteOpenQuoteDE(doc string, start, end int, de bool) {
	if !de {
		return
	}
	q := &d.openDE
	inside := q.open && start >= q.end
	d.openQ.inside = inside
	q.open = endsInQuoteDE(doc[start:end], inside)
	q.end = end
	if !inside {
		q.speaker = ""
	}
}

// openQuoteSpeakerDE returns who and carried, except that a German unit
// inside an open quotation (noteOpenQuoteDE) with no claimant of its own
// gets the claimant of the unit that opened the quotation, and a unit that
// opens one records its claimant for those after it.
func (d *docState) openQuoteSpeakerDE(who string, carried bool) (string, bool) {
	q := &d.openDE
	switch {
	case d.openQ.inside && q.speaker != "" && (who == "" || carried):
		return q.speaker, true
	case !d.openQ.inside && q.open:
		q.speaker = who
	}
	return who, carried
}

// endsInQuoteDE reports whether German text, starting inside a quotation
// when open, ends inside one.
func endsInQuoteDE(text string, open bool) bool {
	marks := newQuoteFinder(text, len(text)) // „ “ ” begin with the byte E2, « » with C2
	for i := marks.from(0); i < len(text); i = marks.from(i + 1) {
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

// openQuotedVerbsDE returns the German unit's verbs of saying without
// those before the first quotation mark of a unit that starts inside an
// open quotation (noteOpenQuoteDE): they are the quoted speaker's words
// ("Viele Kunden haben mir erzählt, dass …" in a shopkeeper's account),
// not an attribution of the unit. verbs itself when none is dropped; else
// a copy in d.quotedBuf.
func (d *docState) openQuotedVerbsDE(toks []token, verbs []int) []int {
	if !d.openQ.inside || len(verbs) == 0 {
		return verbs
	}
	end := len(toks)
	for i := range toks {
		if toks[i].is(tQuote) {
			end = i
			break
		}
	}
	if !slices.ContainsFunc(verbs, func(v int) bool { return v < end }) {
		return verbs
	}
	d.quotedBuf = d.quotedBuf[:0]
	for _, v := range verbs {
		if v > end {
			d.quotedBuf = append(d.quotedBuf, v)
		}
	}
	return d.quotedBuf
}
