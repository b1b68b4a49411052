package extract

import "testing"

// TestPronounFallbackDE checks that "sie" with no person of its gender in
// reach is no body named before ("das Bundesverfassungsgericht") and no
// pair of nouns read as a name ("jede Entscheidung Folgen"), while a
// person of unknown gender named with a first name still is.
func TestPronounFallbackDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Das hat das Bundesverfassungsgericht betont: Zu Beginn war vieles erlaubt.\n\nDie Logik der Gleichbehandlung ist expansiv, sie sagt: Wenn A, dann auch B.": "",
		"Weil jede Entscheidung Folgen hat, ist das schwer.\n\nDie Logik der Virologen ist selektiv. Sie sagt: A geht, B geht auch.":                                "",
	})
	if got := nounAfterDE(&token{low: "jede"}); !got {
		t.Errorf("nounAfterDE(jede) = false, want true")
	}
}
