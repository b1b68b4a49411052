package app

import (
	"testing"

	"fyne.io/fyne/v2/test"
)

// A checker searches for a figure and for a name of two words: „2,5“ finds
// the claims where 2 and 5 stand next to each other (2,5 or 2.5), not those
// holding 4,5, 25 or 2018; the quoted „"Deutsche Bahn"“ finds the words next
// to each other and in order, not both words anywhere.
func TestScenarioSearchNumbersAndPhrases(t *testing.T) {
	f := newScenario(t)
	steuer := f.addClaim("Die Steuer steigt um 2,5 Prozent.")
	tax := f.addClaim("The tax rises by 2.5 percent.")
	f.addClaim("Es sind 4,5 Prozent, 25 Fälle und 5000 Euro im Jahr 2018.")
	bahn := f.addClaim("Die Deutsche Bahn fährt pünktlich.")
	f.addClaim("Die Bahn ist keine deutsche Erfindung.")
	for _, tc := range []struct {
		q     string
		want  []string
		title string
	}{
		{"2,5", []string{steuer.ID, tax.ID}, "2 hits"},
		{`"Deutsche Bahn"`, []string{bahn.ID}, "1 hit"},
	} {
		f.do(func() {
			f.s.show(viewSearch)
			f.s.query.SetText("")
			test.Type(f.s.query, tc.q)
		})
		f.wait()
		var got []string
		for _, h := range f.s.search.hits {
			got = append(got, h.ID)
		}
		if !sameSet(got, tc.want) || f.s.search.title.Text != tc.title {
			t.Errorf("search %q: hits %q, heading %q; want %q, %q", tc.q, got, f.s.search.title.Text, tc.want, tc.title)
		}
	}
}

// sameSet reports whether a and b hold the same strings, in any order.
func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	seen := map[string]int{}
	for _, s := range a {
		seen[s]++
	}
	for _, s := range b {
		if seen[s] == 0 {
			return false
		}
		seen[s]--
	}
	return true
}
