package extract

import "testing"

// TestWieEsHeisstDE checks the source of "heißt es" in a "wie es …
// heißt" clause, and that a "wie" clause with another verb or no source
// names none.
func TestWieEsHeisstDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Der Steg bleibt bis Mai gesperrt, wie es aus dem Bauamt heißt.":                      "Bauamt",
		"Der Steg wurde im Winter repariert, wie es in einem Bericht der Hafenbehörde heißt.": "Hafenbehörde",
		"Der Steg bleibt gesperrt, wie es so schön heißt.":                                    "",
	})
}
