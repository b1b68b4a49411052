package extract_test

import (
	"slices"
	"testing"

	"claimdesk/claims/extract"
)

// unitCase is a text and the units Extract should cut it into.
type unitCase struct {
	text string
	want []string
}

// checkSplits reports every case whose units' texts differ from want.
func checkSplits(t *testing.T, cases []unitCase) {
	t.Helper()
	for _, c := range cases {
		var got []string
		for _, u := range extract.Extract(c.text, extract.Options{}) {
			got = append(got, u.Text)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q:\n got %q\nwant %q", c.text, got, c.want)
		}
	}
}
