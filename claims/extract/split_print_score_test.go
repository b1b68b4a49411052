package extract_test

import (
	"strings"
	"testing"

	"claimdesk/claims/extract"
)

// TestPrintCopyReadsAsPlain checks that invented sentences with soft
// hyphens, ligatures and words hyphenated at a line end get the scores
// and claimants of the same sentences set plainly, the claimant written as
// a word of the plain text ("Bundes-⏎regierung" → "Bundesregierung"),
// and that their reasons quote the text as it is.
func TestPrintCopyReadsAsPlain(t *testing.T) {
	cases := []struct{ copied, plain string }{
		{"Die Bundes-\nregierung erklärte am Montag, die Exporte seien um 4 Prozent gestiegen.",
			"Die Bundesregierung erklärte am Montag, die Exporte seien um 4 Prozent gestiegen."},
		{"Das Kultus\u00administerium teilte mit, es gebe 300 neue Lehrer\u00adstellen.",
			"Das Kultusministerium teilte mit, es gebe 300 neue Lehrerstellen."},
		{"The oﬃcial ﬁgures show that the ﬂood defences failed at ﬁve sites, the agency said.",
			"The official figures show that the flood defences failed at five sites, the agency said."},
		{"The state govern-\nment confirmed that 14 pumping stations failed in May.",
			"The state government confirmed that 14 pumping stations failed in May."},
	}
	for _, c := range cases {
		a := extract.Extract(c.copied, extract.Options{})
		b := extract.Extract(c.plain, extract.Options{})
		if len(a) != len(b) {
			t.Errorf("%q: %d units, plain %d", c.copied, len(a), len(b))
			continue
		}
		for i := range a {
			if a[i].Score != b[i].Score || a[i].Claimant != b[i].Claimant {
				t.Errorf("%q: score %v claimant %q, plain %v %q", a[i].Text, a[i].Score, a[i].Claimant, b[i].Score, b[i].Claimant)
			}
			for _, r := range a[i].Reasons {
				for _, name := range []string{extract.ReasonWordFor, extract.ReasonWordAgainst} {
					if ev, ok := strings.CutPrefix(r, name+": "); ok && !strings.Contains(a[i].Text, ev) {
						t.Errorf("%q: reason %q quotes what the unit does not hold", a[i].Text, r)
					}
				}
			}
		}
	}
}

// TestPrintText checks the reading of an invented unit copied from a
// print layout.
func TestPrintText(t *testing.T) {
	in := "Die Bundes-\nregierung sagte, die Kosten seien um ein\n\nSeite 4 · Tagesblatt · Montag, 3. Mai 2027\n\nDrittel gestiegen, so das oﬃzielle Amt."
	want := "Die Bundesregierung sagte, die Kosten seien um ein\nDrittel gestiegen, so das offizielle Amt."
	if got := extract.PrintText(in); got != want {
		t.Errorf("PrintText = %q, want %q", got, want)
	}
}
