package extract_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"claimdesk/claims/extract"
)

// hostileOptions are the ways a text is read: both splits, both
// languages, news and comments.
func hostileOptions() []extract.Options {
	var out []extract.Options
	for _, split := range []string{"", "lines"} {
		for _, lang := range []string{"de", "en"} {
			for _, genre := range []string{"", extract.GenreComments} {
				out = append(out, extract.Options{Lang: lang, Split: split, Genre: genre})
			}
		}
	}
	return out
}

// TestHostilePages runs the extractor over every line and every pair of
// adjacent lines of invented web pages, and over the whole pages, in
// every way a text is read, and checks that nothing panics, spans are in
// order and inside the text, scores lie in [0, 1], a claimant is text of
// the input and reasons quote only what the text holds.
func TestHostilePages(t *testing.T) {
	texts := append(hostileLines(), hostileTexts...)
	for _, opts := range hostileOptions() {
		for _, text := range texts {
			units := extract.Extract(text, opts)
			checkUnits(t, text, opts, units)
			for _, u := range units {
				checkHostileUnit(t, text, u)
			}
			if opts.Split == "" {
				u := extract.Score(text, opts)
				if u.Start < 0 || u.Start > u.End || u.End > len(text) || u.Text != text[u.Start:u.End] || u.Score < 0 || u.Score > 1 {
					t.Fatalf("Score(%q, %+v): span [%d,%d) text %q score %v", text, opts, u.Start, u.End, u.Text, u.Score)
				}
				checkHostileUnit(t, text, u)
			}
		}
	}
}

// checkHostileUnit checks that u's claimant is text of the input (or
// empty) and that its word reasons quote the unit's own text.
func checkHostileUnit(t *testing.T, text string, u extract.Unit) {
	t.Helper()
	if u.Claimant != "" && !claimantInText(text, u.Claimant) {
		t.Fatalf("unit %q: claimant %q is not in the text", u.Text, u.Claimant)
	}
	for _, r := range u.Reasons {
		for _, name := range []string{extract.ReasonWordFor, extract.ReasonWordAgainst} {
			if ev, ok := strings.CutPrefix(r, name+": "); ok && !strings.Contains(u.Text, ev) {
				t.Fatalf("unit %q: reason %q quotes what the unit does not hold", u.Text, r)
			}
		}
	}
}

// claimantInText reports whether every word of claimant stands in text,
// up to an ending of at most three letters (a claimant is given in the
// nominative: "Statistisches Bundesamt" from "laut dem Statistischen
// Bundesamt"), and is valid UTF-8 where the text is.
func claimantInText(text, claimant string) bool {
	if utf8.ValidString(text) && !utf8.ValidString(claimant) {
		return false
	}
	for _, w := range strings.Fields(claimant) {
		if !strings.Contains(text, stem(w)) {
			return false
		}
	}
	return true
}

// stem is w without its last three characters, keeping at least two; cut
// at a byte offset, so that an invalid byte stays as it is in the text.
func stem(w string) string {
	var starts []int
	for i := range w {
		starts = append(starts, i)
	}
	drop := min(3, max(len(starts)-2, 0))
	if drop == 0 {
		return w
	}
	return w[:starts[len(starts)-drop]]
}
