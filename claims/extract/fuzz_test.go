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
	f.Fuzz(func(t *testing.T, text, lang, split string) {
		opts := extract.Options{Lang: lang, Split: split}
		units := extract.Extract(text, opts)
		checkUnits(t, text, opts, units)
		if split == "lines" {
			return
		}
		u := extract.Score(text, opts)
		if u.Text != text[u.Start:u.End] || u.Score < 0 || u.Score > 1 {
			t.Fatalf("Score: span [%d,%d) text %q score %v", u.Start, u.End, u.Text, u.Score)
		}
	})
}
