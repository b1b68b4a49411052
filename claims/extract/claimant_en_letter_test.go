package extract

import (
	"strings"
	"testing"
)

// claimantOfUnitEN returns the claimant of the first English unit of text
// that starts with prefix.
func claimantOfUnitEN(text, prefix string) string {
	for _, u := range Extract(text, Options{Lang: "en"}) {
		if strings.HasPrefix(u.Text, prefix) {
			return u.Claimant
		}
	}
	return "<no unit>"
}

// TestSignedLetterEN checks readers' letters (invented): a paragraph in
// the first or second person signed on the line below gives its
// sentences to the writer; a credit line below a paragraph that
// addresses nobody, or a line that is no name and place, signs nothing.
func TestSignedLetterEN(t *testing.T) {
	for _, c := range []struct{ text, unit, want string }{
		{"Letters\n\nYour article said the pool closed in 2019. It closed in 2021.\nHarriet Quayle, Lowmoor", "It closed", "Harriet Quayle"},
		{"Letters\n\nThe ferry ran 14 times a day until March. I used it every week.\nTobias Renn, Stoke upon Arl\n\nThank you.", "The ferry", "Tobias Renn"},
		{"The ferry ran 14 times a day until March.\nTobias Renn, Lowmoor", "The ferry", ""},
		{"Letters\n\nYour article said the pool closed in 2019. It closed in 2021.\nName and address supplied", "It closed", ""},
	} {
		if got := claimantOfUnitEN(c.text, c.unit); got != c.want {
			t.Errorf("%q, unit %q: claimant %q, want %q", c.text, c.unit, got, c.want)
		}
	}
}
