package extract

import "testing"

// TestGenitiveLeadDE checks that a group named by a noun and a genitive
// that opens with a determiner, or with genitives in a chain, is the
// subject as a whole.
func TestGenitiveLeadDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Sprecher zahlreicher Vereine begrüßten die neue Halle am Montag.":           "Sprecher zahlreicher Vereine",
		"Die Gegner einer Verlegung der Haltestelle kritisieren den Plan der Stadt.": "Gegner einer Verlegung der Haltestelle",
		"Vertreter der Opposition kritisierten den Plan.":                            "Vertreter der Opposition",
	})
	for w, want := range map[string]bool{"der": true, "mehrerer": true, "einer": true, "von": false, "neuen": false} {
		if got := genitiveLeadDE(w); got != want {
			t.Errorf("genitiveLeadDE(%q) = %v, want %v", w, got, want)
		}
	}
}
