package extract

import "testing"

// TestPossessiveArticleDE checks that a possessive before the subject
// after a verb of saying stands where the article would.
func TestPossessiveArticleDE(t *testing.T) {
	const before = "Der Verein Freie Räder kritisiert die Stadt. "
	checkLast(t, "de", map[string]string{
		before + "„Das ist ein Fehler“, sagte dessen Landesvorsitzender Jan Ohm.": "Jan Ohm",
		before + "„Das ist ein Fehler“, sagte ihr Ministerium am Montag.":         "Ministerium",
	})
	for w, want := range map[string]bool{"dessen": true, "deren": true, "ihr": true, "seine": true, "der": false, "dass": false} {
		if got := possessiveArticleDE(w); got != want {
			t.Errorf("possessiveArticleDE(%q) = %v, want %v", w, got, want)
		}
	}
}
