package extract

import "testing"

// TestCirclesDE checks circles cited after "heißt es in" and "nach
// Angaben aus" as the source, in the nominative plural.
func TestCirclesDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Kommission will den Entwurf im Mai vorlegen, heißt es in Kommissionskreisen.":      "Kommissionskreise",
		"Mehrere Staaten haben nach Angaben aus Diplomatenkreisen bereits Bedenken angemeldet.": "Diplomatenkreise",
		"Die Lage sei ruhig, heißt es in den Kreisen.":                                          "",
	})
}
