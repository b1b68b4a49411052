package extract_test

import (
	"testing"

	"claimdesk/claims/extract"
)

// FuzzExtract checks on any input, seeded from the table texts, that
// extraction never panics, keeps spans valid and reproduces the text.
func FuzzExtract(f *testing.F) {
	f.Add(germanNews, "", "")
	f.Add(englishNews, "en", "lines")
	for _, c := range splitCases {
		f.Add(c.text, c.lang, "")
		f.Add(c.text, "", "lines")
	}
	for _, c := range docCases {
		f.Add(c.text, c.lang, "")
	}
	f.Add("\xff\xfe„ungültig\x80. “", "de", "")
	f.Add("@@USER 1.200 Übersetzungsbüros\u00a0@", "de", "")
	for _, line := range hostileLines() {
		f.Add(line, "de", "")
		f.Add(line, "en", "lines")
	}
	for _, page := range hostileTexts {
		f.Add(page, "", "")
		f.Add(page, "", "lines")
	}
	f.Fuzz(func(t *testing.T, text, lang, split string) {
		for _, genre := range []string{"", extract.GenreComments} {
			opts := extract.Options{Lang: lang, Split: split, Genre: genre}
			if split != "lines" {
				if genre == "" { // sentences of a text are news in every genre
					fuzzUnits(t, text, opts)
				}
				fuzzScore(t, text, opts)
				continue
			}
			fuzzUnits(t, text, opts)
		}
	})
}

// fuzzUnits checks the units of text read with opts.
func fuzzUnits(t *testing.T, text string, opts extract.Options) {
	t.Helper()
	units := extract.Extract(text, opts)
	checkUnits(t, text, opts, units)
	for _, u := range units {
		checkHostileUnit(t, text, u)
	}
}

// fuzzScore checks text read as one unit with opts.
func fuzzScore(t *testing.T, text string, opts extract.Options) {
	t.Helper()
	u := extract.Score(text, opts)
	if u.Start < 0 || u.Start > u.End || u.End > len(text) || u.Text != text[u.Start:u.End] || u.Score < 0 || u.Score > 1 {
		t.Fatalf("Score: span [%d,%d) text %q score %v", u.Start, u.End, u.Text, u.Score)
	}
	checkHostileUnit(t, text, u)
}
