package extract

import "strings"

// A web page that quotes a post often shows the post itself right after
// the sentence that quoted it: "Ann Lee wrote: “The pier must close. It is
// unsafe.”" | "The pier must close." | "It is unsafe." The repeated
// sentences are the quoted speaker's words again, so they take the speaker
// of the unit whose quotation held them.

// echoUnitsEN remembers the last few English units of the document with
// their claimants, for echoedQuoteEN.
type echoUnitsEN struct {
	doc   string    // the document the units are slices of
	start [3]int    // where each remembered unit starts in doc
	end   [3]int    // where it ends
	who   [3]string // its claimant
	n     int       // units remembered so far (the last three are kept)
}

// noteEchoEN records the English unit doc[start:end] and its claimant who.
func (d *docState) noteEchoEN(doc string, start, end int, who string) {
	e := &d.echo
	i := e.n % len(e.start)
	e.doc, e.start[i], e.end[i], e.who[i] = doc, start, end, who
	e.n++
}

// echoedQuoteEN returns the claimant of one of the three units before the
// current one whose quotation holds the whole text of the current unit
// (at least three words, after an opening quotation mark in that unit;
// the final stop left out, which the quotation may write as a comma, but
// its sentence or the quotation ending there: echoEndEN); "" when none
// does.
func (d *docState) echoedQuoteEN(text string) string {
	e := &d.echo
	text = strings.TrimRight(strings.TrimSpace(text), ".!?") // "…," Lee wrote. | "….": the same words
	if strings.Count(text, " ") < 2 {
		return "" // fewer than three words
	}
	for k := 1; k <= len(e.start) && k <= e.n; k++ {
		i := (e.n - k) % len(e.start)
		if e.who[i] == "" {
			continue
		}
		prev := e.doc[e.start[i]:e.end[i]]
		p := strings.Index(prev, text)
		if p > 0 && endsInQuote(prev[:p], false) && echoEndEN(prev[p+len(text):]) {
			return e.who[i]
		}
	}
	return ""
}

// echoEndEN reports whether rest, the text of an earlier unit after words
// the current unit repeats, ends them: it is empty or opens with a stop, a
// comma or a closing quotation mark ("…, he said", "….”"), not with more
// words of the same sentence.
func echoEndEN(rest string) bool {
	return rest == "" || strings.IndexByte(".,!?\"", rest[0]) >= 0 || strings.HasPrefix(rest, "”") || strings.HasPrefix(rest, "’")
}
