package extract

import "testing"

// TestGenitiveLeadDE checks that a group named by a noun and a genitive
// that opens with a determiner, or with genitives in a chain, is the
// subject as a whole.
func TestGenitiveLeadDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Politiker mehrerer Parteien zweifelten am Wahrheitsgehalt der Berichte.":                        "Politiker mehrerer Parteien",
		"Die Befürworter einer Senkung der Gebühren argumentieren, dass es nicht Sache des Staates sei.": "Befürworter einer Senkung der Gebühren",
		"Vertreter der Opposition kritisierten den Plan.":                                                "Vertreter der Opposition",
	})
	for w, want := range map[string]bool{"der": true, "mehrerer": true, "einer": true, "von": false, "neuen": false} {
		if got := genitiveLeadDE(w); got != want {
			t.Errorf("genitiveLeadDE(%q) = %v, want %v", w, got, want)
		}
	}
}
