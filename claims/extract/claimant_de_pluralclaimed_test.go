package extract

import "testing"

// TestPluralClaimedDE checks that a plural "sie" refers to a claimant that
// opened the unit before as the subject of a plural verb, though no group
// noun ends it, in the nominative without its article.
func TestPluralClaimedDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Auch kleine Reedereien erklären, die Lage sei ernst. Sie warnen, dass die Häfen viel zu teuer seien.": "kleine Reedereien",
		"Die kleinen Reedereien erklären, die Lage sei ernst. Sie warnen, dass die Häfen viel zu teuer seien.": "kleine Reedereien",
		"Die kleinen Reedereien erklärten, der Hafen sei zu teuer. Außerdem sagten sie, die Gebühren stiegen.": "kleine Reedereien",
	})
}
