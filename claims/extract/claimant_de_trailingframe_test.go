package extract

import "testing"

// TestTrailingFrameDE checks a clause that opens with its verb and closes
// the sentence with its subject after a main clause: its subject is the
// claimant whatever the verb (a person also by the first word of a name
// written surname first); not after a subordinate or conditional clause,
// nor for a subordinate clause after the comma, nor a bare plural that
// names no group of groupNounsDE.
func TestTrailingFrameDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Werft in Harbor City sucht Personal. Der Hafen könnte bald zum Nadelöhr werden, erwarten Analysten.":  "Analysten",
		"Die Werft in Harbor City sucht Personal. Die Fähre fährt bald wieder, nehmen Beobachter bereits an.":      "Beobachter",
		"Hafenchef Li Wen sagte, die Lage sei ernst. Die Kais sollen nachts geschlossen bleiben, ordnete Li an.":   "Li Wen",
		"Hanna Kolbe leitet das Hafenamt. Die Schiffe sollen vorerst „nur nachts einlaufen“, ordnete Kolbe an.":    "Hanna Kolbe",
		"Die Werft in Harbor City sucht Personal. Wenn die Flut kommt, rudert der Fährmann.":                       "",
		"Die Werft in Harbor City sucht Personal. Was nachts am Kai geschieht, erfahren die Anwohner erst später.": "",
		"Die Werft in Harbor City sucht Personal. Sinken die Löhne, geht die Belegschaft.":                         "",
		"Die Werft in Harbor City sucht Personal. Verzögert sich der Bau, droht eine Strafe.":                      "",
		"Die Werft in Harbor City sucht Personal. Die Mieten könnten bald steigen, fürchten Anwohner.":             "",
		"Die Werft in Harbor City sucht Personal. Die Mieten könnten bald steigen, fürchten die Anwohner.":         "Anwohner",
		"Die Werft in Harbor City sucht Personal. Der Kai wird verlängert, damit sich der Hafen füllt.":            "",
	})
}
