package extract

import "testing"

// TestGenitiveBodyChainDE checks that "nach Angaben des Verbands der
// Ersatzkassen" names the body with its genitive, not the bare head noun,
// and that a body named by its head noun alone or before a truncated
// compound ("der Schul- und Kitabäcker") stays as it was.
func TestGenitiveBodyChainDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Eigenanteile liegen nach Angaben des Verbands der Pflegekassen bei 2.400 Euro im Monat.": "Verband der Pflegekassen",
		"Die Eigenanteile liegen nach Angaben des Verbands bei 2.400 Euro im Monat.":                  "Verband",
		"Es drohen nach Angaben des Verbands der Schul- und Kitabäcker viele Insolvenzen.":            "Verband",
	})
}
