package extract

import "testing"

// TestSpeechPluralDE checks the plural of verbs of saying whose stem ends
// in -er or -el, and that other verbs in -ern are none.
func TestSpeechPluralDE(t *testing.T) {
	for w, want := range map[string]bool{"fordern": true, "schildern": true, "bezweifeln": true, "ändern": false, "forderten": false} {
		if got := speechPluralDE(w); got != want {
			t.Errorf("speechPluralDE(%q) = %v, want %v", w, got, want)
		}
	}
	checkLast(t, "de", map[string]string{
		"Die Gewerkschaften fordern mehr Lohn für alle.": "Gewerkschaften",
	})
}
