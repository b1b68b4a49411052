package extract

import "testing"

// TestBareSpokesDE checks that a spokesperson named without a body speaks
// for the body the text named last, and stays "Sprecher" when none was.
func TestBareSpokesDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Das Verkehrsministerium wollte den Plan nicht bestätigen. Man äußere sich nicht zu Entwürfen, sagte ein Sprecher.": "Verkehrsministerium",
		"Man äußere sich nicht zu Entwürfen, sagte ein Sprecher.":                                                           "Sprecher",
	})
}
