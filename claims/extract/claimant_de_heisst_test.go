package extract

import "testing"

// TestHeisstEsSourceDE checks the source of "heißt es" after a time
// phrase, before it opening the clause, and in a noun of communication
// with a genitive, cited in the nominative.
func TestHeisstEsSourceDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Lage sei ernst, hieß es am Montag vom Deutschen Wetterdienst.": "Deutscher Wetterdienst",
		"Aus Regierungskreisen hieß es, der Plan stehe.":                    "Regierungskreise",
		"Aus der Stadtverwaltung heißt es, der Plan stehe.":                 "Stadtverwaltung",
		"In einer Mitteilung der Feuerwehr hieß es, der Brand sei aus.":     "Feuerwehr",
		"Der Brand sei aus, heißt es aus dem Kreis der Helfer.":             "Helfer",
	})
}

// TestLautetSourceDE checks the owner of what "lautet" quotes: after the
// noun, as a name's genitive, before "lautet", and nobody for a noun
// without an owner or a clause with a verb before "so lautet".
func TestLautetSourceDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"„Alles gut“, lautete die Antwort von Landrätin Mira Kolb.":                "Mira Kolb",
		"Jonas Brenner leitet das Theater. „Das war neu“, lautet Brenners Urteil.": "Jonas Brenner",
		"Die Kernaussage von Mira Kolb lautete: Die Halle bleibt.":                 "Mira Kolb",
		"Die große Frage lautet, ob die Halle bleibt.":                             "",
		"Das Geld vom Land trifft auf Know-how - so lautet die Lesart.":            "",
	})
}
