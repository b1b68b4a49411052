package extract

import "testing"

// TestFromStudyDE checks the three more forms of "hervorgehen": "wie aus
// … hervorgeht", an adverbial between "ging" and "aus", and a sentence
// that opens with "Aus" and the study ("Aus einer Antwort des … geht
// hervor, dass …").
func TestFromStudyDE(t *testing.T) {
	const before = "Die Mieten steigen weiter. "
	checkLast(t, "de", map[string]string{
		before + "Sie stiegen um neun Prozent, wie aus einer Auswertung des Mieterbunds Talfeld hervorgeht.":       "Mieterbund Talfeld",
		before + "Das ging am Samstag aus Daten der Universität Grünau in Kellstadt hervor.":                       "Universität Grünau",
		before + "Wie aus dem Bericht hervorgeht, stiegen die Kosten.":                                             "",
		before + "Er ging am Morgen aus dem Haus der Universität Grünau, um Brot zu holen.":                        "",
		before + "Aus einer Antwort des Bauministeriums geht hervor, dass 300 Wohnungen fehlen.":                   "Bauministerium",
		before + "Aus der Statistik des Mieterbunds Talfeld ging hervor, dass die Mieten um neun Prozent stiegen.": "Mieterbund Talfeld",
		before + "Aus Talfeld ging sie als Siegerin hervor.":                                                       "",
	})
}
