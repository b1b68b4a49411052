package extract

import "testing"

// TestFullestEachDE checks that each of several German claimants gets
// its fullest form on its own: a titled surname becomes the full name
// the text gave before ("Amtsleiterin Holm" → "Greta Holm").
func TestFullestEachDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Greta Holm leitet das Amt seit dem Frühjahr. Die Stadt und Amtsleiterin Holm kritisierten den Plan.": "Stadt; Greta Holm",
	})
}
