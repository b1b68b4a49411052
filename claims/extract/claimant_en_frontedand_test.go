package extract

import "testing"

// TestFrontedAndSaidEN checks that "… and said" after a fronted phrase
// closed by a comma shares the subject after the comma.
func TestFrontedAndSaidEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Mayor Ivo Brandt and Dana Cole met on Monday. Appearing outside the courthouse after her hearing, Dana Cole smiled and said she would resist pressure.": "Dana Cole",
		"Asked on Monday about the pier, Mayor Ivo Brandt shook his head and said it would stay shut.":                                                           "Ivo Brandt",
	})
}
