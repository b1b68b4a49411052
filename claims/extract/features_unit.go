package extract

import (
	"math"
	"strings"
)

// The unit rules (unitRules) and the helpers of the features.

// attributionRule records the speech verbs and "laut"/"according to" that
// findAttribution found.
func attributionRule(c *unitCtx) {
	for _, i := range c.a.attrib {
		c.a.set(fAttrib, 1, c.word(i))
	}
}

// quotationRule records double quotation marks.
func quotationRule(c *unitCtx) {
	for i := range c.toks {
		t := &c.toks[i]
		if t.is(tQuote) && c.text[t.s] != '\'' && !strings.HasPrefix(c.text[t.s:], "’") {
			ev := "“…”"
			if c.de {
				ev = "„…“"
			}
			c.a.set(fQuote, 1, ev)
			return
		}
	}
}

// lengthRule sets the length (log of the words, 1 at 120) and marks very
// short and long units.
func lengthRule(c *unitCtx) {
	a := c.a
	a.x[fLength] = math.Min(math.Log1p(float64(a.words))/math.Log(121), 1)
	if a.words >= 50 {
		a.set(fLong, 1, itoa(a.words)+" words")
	}
	if a.words <= 3 {
		a.set(fShort, 1, shortWords[a.words])
	}
}

// shortWords holds the evidence of fShort by the number of words:
// itoa(n)+" words", made once, not for every short unit.
var shortWords = [...]string{"0 words", "1 words", "2 words", "3 words"}

// leadInRule marks a unit that ends with a colon: it introduces what
// follows (a quotation, a list, the next paragraph: "Only one party
// voted against:") and states little of its own.
func leadInRule(c *unitCtx) {
	if lastMark(c.text) == ':' {
		c.a.set(fLeadIn, 1, ":")
	}
}

// noFactRule marks a unit with none of the marks of a checkable fact.
func noFactRule(c *unitCtx) {
	a := c.a
	hard := 0.0
	for _, f := range [...]int{fNumber, fQuantity, fDate, fEvent, fCompare, fLegal, fCausal, fExist, fLink} {
		hard += a.x[f]
	}
	if hard == 0 && a.words > 0 {
		a.set(fNoFact, 1, evidenceNoFact)
	}
}

// onlyRule marks speculation and intentions that come without a figure,
// a date or a past event ("Die Opposition könnte … anfechten", "Sie will
// das Gesetz ändern"): the checkable part of a mixed sentence is one of
// those, a sentence without them states no fact.
func onlyRule(c *unitCtx) {
	a := c.a
	if a.x[fNumber]+a.x[fQuantity]+a.x[fDate]+a.x[fEvent] > 0 {
		return
	}
	if a.x[fModal] > 0 {
		a.set(fSpecOnly, 1, a.ev[fModal])
	}
	if a.x[fFuture] > 0 {
		a.set(fIntentOnly, 1, a.ev[fFuture])
	}
}

// segments looks at the sentences inside a unit (several in a comment, one
// in a sentence unit): the share that are questions, exclamations, and
// plain statements (six words or more, no first or second person).
func segments(c *unitCtx) {
	a := c.a
	var n, q, ex, plain float64
	words, personal := 0, false
	flush := func(end byte) {
		if words == 0 {
			return
		}
		n++
		switch {
		case end == '?':
			q++
		case end == '!':
			ex++
		case words >= 6 && !personal:
			plain++
		}
		words, personal = 0, false
	}
	for i := range c.toks {
		t := &c.toks[i]
		switch {
		case t.p == '?' || t.p == '!' || t.p == '.':
			flush(t.p)
		case t.is(tWord | tNum):
			words++
			if t.cat&(cFirstSing|cFirstPl|cSecond) != 0 {
				personal = true
			}
		}
	}
	flush(0)
	if n == 0 {
		return
	}
	if q > 0 {
		a.set(fQuestion, q/n, "?")
	}
	if ex > 0 {
		a.set(fExclaim, ex/n, "!")
	}
	if plain > 0 {
		a.set(fStatement, plain/n, "")
	}
}

// lastMark returns the final punctuation of text, ignoring closing quotes.
func lastMark(text string) byte {
	for i := len(text) - 1; i >= 0; i-- {
		c := text[i]
		switch {
		case c == '.' || c == '?' || c == '!':
			return c
		case c == '"' || c == ')' || c == ' ' || c >= 0x80:
			continue
		default:
			return c
		}
	}
	return 0
}

// maxDetails caps the entities, dates and numbers kept per unit.
const maxDetails = 24

// appendUniq appends s to list unless list holds it already or has
// maxDetails entries.
func appendUniq(list []string, s string) []string {
	if len(list) >= maxDetails {
		return list
	}
	for _, v := range list {
		if v == s {
			return list
		}
	}
	return append(list, s)
}

// itoa returns the decimal digits of the non-negative n.
func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// isLaughter reports whether the lower-case word low is "lol" or starts
// with "haha" or "hihi".
func isLaughter(low string) bool {
	return low == "lol" || strings.HasPrefix(low, "haha") || strings.HasPrefix(low, "hihi")
}
