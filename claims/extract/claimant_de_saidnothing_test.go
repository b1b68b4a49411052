package extract

import "testing"

// TestSaidNothingDE checks that a German verb of saying whose clause says
// nothing was said names no claimant, whatever opens the sentence, and
// that a statement after a comma keeps its speaker.
func TestSaidNothingDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Stadt baut eine Brücke. Der Sprecher sagte dazu nichts.":             "",
		"Die Stadt baut eine Brücke. Am Montag sagte der Sprecher nichts.":        "",
		"Die Stadt baut eine Brücke. Zu den Kosten sagte die Sprecherin nichts.":  "",
		"Die Stadt baut eine Brücke. Der Sprecher sagte, es sei nichts passiert.": "Sprecher",
	})
}
