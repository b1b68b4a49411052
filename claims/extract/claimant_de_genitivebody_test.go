package extract

import "testing"

// TestGenitiveBodyDE checks that a body named with a genitive attribute
// before the verb is the subject as a whole, not the genitive's words.
func TestGenitiveBodyDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Das Jugendamt des Kreises Talbach warnte vor falschen Helfern.":  "Jugendamt des Kreises Talbach",
		"Die Feuerwehr des Landes Oberwald erklärte, die Lage sei ruhig.": "Feuerwehr des Landes Oberwald",
		"Jan Roth vom Verein Talbach sagte, die Halle sei zu klein.":      "Jan Roth",
	})
}
