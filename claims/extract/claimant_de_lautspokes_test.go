package extract

import "testing"

// TestLautSpokesDE checks a spokesperson in the dative after "laut".
func TestLautSpokesDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Laut einem Sprecher des Klärwerks sind die Filter erneuert worden.": "Sprecher des Klärwerks",
		"Laut einer Sprecherin der Fährgesellschaft fällt die Fähre aus.":    "Sprecherin der Fährgesellschaft",
	})
}

// TestNachStudyDE checks "nach" with a study and an indefinite article,
// and "nach" in time with a definite one.
func TestNachStudyDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Nach einer Erhebung des Instituts Zahlwerk liegt die Partei bei 24 Prozent.":  "Institut Zahlwerk",
		"Nach dem letzten Bericht des Instituts Zahlwerk brach im Rat ein Streit aus.": "",
	})
}
