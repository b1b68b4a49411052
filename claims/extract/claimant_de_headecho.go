package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A German text whose headline is a quotation alone („Der Hafen ist
// bereit“) quotes words its body quotes again with their speaker: „Die
// Kräne stehen, der Hafen ist bereit“, sagte Jan Roth. The headline is read before
// the body names the speaker; once the text is read, headlineEchoDE gives
// the headline the claimant of the first unit whose quotation holds its
// words.

// headlineEchoDE gives the first unit, a German quotation alone of three
// words or more without a claimant, the claimant of the first later unit
// whose quotation holds the headline's words ending a sentence or the
// quotation (quotedEchoDE), in the units and, for the fitter, in the
// chooser's trace as the rules' candidate.
func (d *docState) headlineEchoDE(units []Unit) {
	if len(units) < 2 || units[0].Lang != "de" || units[0].Claimant != "" {
		return
	}
	q := quoteAloneDE(units[0].Text)
	if strings.Count(q, " ") < 2 {
		return // fewer than three words
	}
	for i := 1; i < len(units); i++ {
		if units[i].Lang == "de" && units[i].Claimant != "" && quotedEchoDE(units[i].Text, q) {
			units[0].Claimant = units[i].Claimant
			d.traceRules(0, len(units), units[0].Claimant)
			return
		}
	}
}

// quoteAloneDE returns, lower-cased and without its final stop, the words
// of a text that is one quotation alone (an opening mark first, a closing
// mark last, perhaps before a full stop, no mark between); "" otherwise.
func quoteAloneDE(text string) string {
	t := strings.TrimSuffix(strings.TrimSpace(text), ".")
	open, close := "", ""
	for _, m := range [...]string{"„", "\"", "“", "»", "«"} {
		if strings.HasPrefix(t, m) {
			open = m
		}
	}
	for _, m := range [...]string{"“", "”", "\"", "«", "»"} {
		if strings.HasSuffix(t, m) {
			close = m
		}
	}
	if open == "" || close == "" || len(t) <= len(open)+len(close) {
		return ""
	}
	in := t[len(open) : len(t)-len(close)]
	if strings.ContainsAny(in, "„“”\"»«") {
		return ""
	}
	return strings.ToLower(strings.TrimRight(strings.TrimSpace(in), ".!?"))
}

// quotedEchoDE reports whether text holds the lower-case words q inside a
// quotation (endsInQuoteDE before them), followed by the end of a sentence
// or of the quotation: a stop, a comma or a closing mark, and not by a
// letter before them (a word's end). An article may
// stand between two of the words: a headline leaves articles out
// („Schiffe sind wichtiger als Parkplätze“ for „… als die Parkplätze“).
func quotedEchoDE(text, q string) bool {
	low := strings.ToLower(text)
	for _, m := range echoPatternDE(q).FindAllStringIndex(low, -1) {
		r, _ := utf8.DecodeLastRuneInString(low[:m[0]])
		if !unicode.IsLetter(r) && endsInQuoteDE(text[:m[0]], false) && echoEndDE(low[m[1]:]) {
			return true
		}
	}
	return false
}

// echoPatternDE is the pattern of the words of q in their order, with an
// optional article between two of them (articleAltDE).
func echoPatternDE(q string) *regexp.Regexp {
	ws := strings.Fields(q)
	for i, w := range ws {
		ws[i] = regexp.QuoteMeta(w)
	}
	return regexp.MustCompile(strings.Join(ws, `\s+(?:(?:`+articleAltDE+`)\s+)?`))
}

// articleAltDE are the German articles, definite and indefinite, as
// alternatives of a pattern.
const articleAltDE = `der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines`

// echoEndDE reports whether rest, what follows the repeated words, ends
// them: nothing, a stop, a comma or a closing quotation mark.
func echoEndDE(rest string) bool {
	if rest == "" || strings.IndexByte(".,!?\"", rest[0]) >= 0 {
		return true
	}
	for _, m := range [...]string{"“", "”", "«", "»"} {
		if strings.HasPrefix(rest, m) {
			return true
		}
	}
	return false
}
