package extract

import "testing"

// TestTurnAwayDE checks that "weisen … ab" (to turn away) names no
// speaker, while "weisen … hin" still does.
func TestTurnAwayDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Mehrere Hotels an der Küste weisen Gäste aus dem Süden schon ab.":       "",
		"Der Verband weist darauf hin, dass die Gebühren im Mai steigen werden.": "Verband",
	})
}
