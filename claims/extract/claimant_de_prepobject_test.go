package extract

import "testing"

// TestPrepObjectDE checks that a noun after a preposition and an article
// right before a verb of saying at the end of the clause is no speaker.
func TestPrepObjectDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Eltern können sich bei der Beratungsstelle des Kreises informieren.":               "",
		"Mieter sollen sich von der neuen Schlichtungsstelle der Stadt informieren lassen.": "",
		"Die Steuer soll steigen, wie von der Kommission der Stadt gefordert.":              "Kommission der Stadt",
		"Es wird in einer Mitteilung der Kleingärtner gefordert, die Pacht zu senken.":      "Mitteilung der Kleingärtner",
		"Die Beratungsstelle der Stadt informierte über die neuen Regeln.":                  "Beratungsstelle der Stadt",
	})
}
