package extract

import "testing"

// TestAfterAdverbialSubjectDE checks a subject after its verb of saying
// and an adverbial of time, after a quotation and after a demonstrative.
func TestAfterAdverbialSubjectDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"„Alles ruhig“, meldet am Donnerstag Einsatzleiter Lukas Brenner.":       "Lukas Brenner",
		"Das sagte am Mittwoch der Leiter des Bauamts, Lukas Brenner.":           "Lukas Brenner",
		"„Alles ruhig“, meldet am Sonntagabend der Einsatzleiter Lukas Brenner.": "Lukas Brenner",
	})
	if got := adverbialEndDE([]token{{low: "am"}, {low: "mittwoch"}, {low: "der"}}, 0); got != 2 {
		t.Errorf("adverbialEndDE(am mittwoch der) = %d, want 2", got)
	}
}
