package extract

import (
	"slices"
	"testing"
)

// TestReportVerbInDE checks reportVerbInDE, which asks reportFilterDE
// before the map, for every form of reportVerbsDE in a made-up sentence
// (in lower case it counts, capitalised it does not) and for sentences
// without one.
func TestReportVerbInDE(t *testing.T) {
	var z tokenizer
	for w := range reportVerbsDE {
		if toks := z.tokenize("Gestern "+w+" die Frau Zahlen.", lexDE); !reportVerbInDE(toks) {
			t.Errorf("reportVerbInDE misses %q", w)
		}
		if toks := z.tokenize(string(w[0]-'a'+'A')+w[1:]+" ist ein Wort.", lexDE); reportVerbInDE(toks) {
			t.Errorf("reportVerbInDE counts a capitalised %q", w)
		}
	}
	for _, s := range []string{"Der Hund schläft im Garten.", "", "Sprach er?", "Die Wiese war nass."} {
		if reportVerbInDE(z.tokenize(s, lexDE)) {
			t.Errorf("reportVerbInDE(%q) = true", s)
		}
	}
}

// TestReportPrepDE checks that reportPrepDE holds the preposition of every
// verb of reportVerbsDE, and no other word.
func TestReportPrepDE(t *testing.T) {
	for w, r := range reportVerbsDE {
		if r.prep != "" && !reportPrepDE(r.prep) {
			t.Errorf("reportPrepDE misses %q, the preposition of %q", r.prep, w)
		}
	}
	for _, w := range []string{"", "über", "vom", "Von", "bei", "zu", "nach"} {
		if reportPrepDE(w) {
			t.Errorf("reportPrepDE(%q) = true", w)
		}
	}
	if len(reportPrepsDE) == 0 || len(slices.Compact(slices.Sorted(slices.Values(reportPrepsDE)))) != len(reportPrepsDE) {
		t.Errorf("reportPrepsDE = %v: empty or with a word twice", reportPrepsDE)
	}
}
