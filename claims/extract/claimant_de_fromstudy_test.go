package extract

import "testing"

// TestFromStudyDE checks the two more forms of "hervorgehen": "wie aus …
// hervorgeht" and an adverbial between "ging" and "aus".
func TestFromStudyDE(t *testing.T) {
	const before = "Die Mieten steigen weiter. "
	checkLast(t, "de", map[string]string{
		before + "Sie stiegen um neun Prozent, wie aus einer Auswertung des Mieterbunds Talfeld hervorgeht.": "Mieterbund Talfeld",
		before + "Das ging am Samstag aus Daten der Universität Grünau in Kellstadt hervor.":                 "Universität Grünau",
		before + "Wie aus dem Bericht hervorgeht, stiegen die Kosten.":                                       "",
		before + "Er ging am Morgen aus dem Haus der Universität Grünau, um Brot zu holen.":                  "",
	})
}
