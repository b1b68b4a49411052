package extract_test

import (
	"strings"
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
		for _, r := range u.Reasons {
			for _, name := range []string{extract.ReasonWordFor, extract.ReasonWordAgainst} {
				if ev, ok := strings.CutPrefix(r, name+": "); ok && !strings.Contains(text, ev) {
					t.Fatalf("Score: reason %q quotes what the text does not hold", r)
				}
			}
		}
	})
}
