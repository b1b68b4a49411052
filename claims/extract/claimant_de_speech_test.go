package extract

import "testing"

// TestSpeechTurnDE checks a speech from a parliament's record: the units
// after a speaker's line ("Name (Partei):") are that speaker's to the next
// such line, an interjection in parentheses is not; a label with the
// party that the turn runs on after, on its line, is the speaker's too;
// after an excerpt's heading that names the speaker, the units from the
// first one in the first person on are theirs, a report before it is not.
func TestSpeechTurnDE(t *testing.T) {
	turn := "Malte Zirbel (SPD):\n\nHerr Präsident! Wir haben das Busnetz verdoppelt.\n\n"
	head := "Aus der Rede der Abgeordneten Frauke Liebig (FDP) im Landtag\n\n"
	checkLast(t, "de", map[string]string{
		turn + "Davon profitieren 40.000 Pendler.":                                         "Malte Zirbel",
		"Malte Zirbel (SPD):\n\nHerr Präsident! Die Busse fahren jetzt alle zehn Minuten.": "Malte Zirbel",
		"Vizepräsidentin Frauke Liebig:\n\nDas Wort hat nun der Kollege Zirbel.":           "Frauke Liebig",
		turn + "(Beifall bei der SPD)":                                                     "",
		turn + "Frauke Liebig (FDP):\n\nDie Busse fahren leer durch die Dörfer.":           "Frauke Liebig",
		head + "Meine Damen und Herren, wir haben die Schulden gesenkt.":                   "Frauke Liebig",
		head + "Wir haben die Schulden gesenkt. Das Land spart 30 Millionen Euro.":         "Frauke Liebig",
		"Malte Zirbel (SPD): Das Busnetz wurde verdoppelt.":                                "Malte Zirbel",
		"Malte Zirbel (SPD): Herr Präsident! Das Busnetz wurde verdoppelt.":                "Malte Zirbel",
		"Die Stadt (Kreis Olm): Das Busnetz wurde verdoppelt.":                             "",
		head + "Die Schulden des Landes sind gesunken.":                                    "",
	})
}
