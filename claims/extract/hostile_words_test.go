package extract_test

import (
	"testing"

	"claimdesk/claims/extract"
)

// hostileWords are the odd pieces of a pasted page: abbreviations that
// end a line, quote marks of every kind, ordinals and dates, addresses,
// marks and invisible characters, and words that start a credit or a
// quotation.
var hostileWords = []string{
	"Dr.", "Nr.", "z. B.", "u. a.", "Mr.", "No.", "1.", "5.12.", "05.12.2026,", "14:32", "+++",
	"„", "“", "‚", "‘", "«", "»", "›", "\"", "'", "(", ")", ":", "—", "…", "|", "/",
	"@Rathaus", "#Kalben", "presse@kalben.example", "https://kalben.example/a?b=c",
	"👍🏽", "👩‍👩‍👧‍👦", "\u200b", "\u00ad", "\u00a0", "\u2028", "\u202e", "e\u0301", "\xed\xa0\x80", "\r", "\t",
	"Von", "By", "Laut", "sagte", "said", "Sommer", "Ute", "Foto:", "Stand:", "©",
}

// TestHostileWordPairs runs the extractor over every sequence of one or
// two hostile words, alone and before a plain sentence, in both splits
// and both languages, and checks the invariants of TestHostilePages.
// (Every sequence of three words, 166,375 of them, passed once; too slow
// to keep.)
func TestHostileWordPairs(t *testing.T) {
	opts := []extract.Options{{Lang: "de"}, {Lang: "en"}, {Lang: "de", Split: "lines", Genre: extract.GenreComments}, {Lang: "en", Split: "lines"}}
	check := func(text string) {
		for _, o := range opts {
			units := extract.Extract(text, o)
			checkUnits(t, text, o, units)
			for _, u := range units {
				checkHostileUnit(t, text, u)
			}
		}
	}
	for _, a := range hostileWords {
		for _, b := range append([]string{""}, hostileWords...) {
			line := a
			if b != "" {
				line += " " + b
			}
			check(line)
			check(line + " Der Rat tagte am Montag.\nEr sagte: „Es sind 12 Prozent.“")
		}
	}
}
