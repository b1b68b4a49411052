package extract

import "testing"

// TestFullestEachDE checks that each of several German claimants gets
// its fullest form on its own: a titled surname becomes the full name
// the text gave before ("Amtsleiter Gottschalk" → "René Gottschalk").
func TestFullestEachDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"René Gottschalk leitet das Amt seit dem Frühjahr. Die Stadt und Amtsleiter Gottschalk kritisierten den Plan.": "Stadt; René Gottschalk",
	})
}
