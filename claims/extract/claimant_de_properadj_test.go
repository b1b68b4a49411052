package extract

import "testing"

// TestProperAdjNominativeDE checks that capitalised adjectives opening a
// name written after "der" in the genitive or dative are given in the
// nominative, and that other names keep their form.
func TestProperAdjNominativeDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Laut der Westfälischen Rundschau sind drei Brücken im Kreis gesperrt.":                    "Westfälische Rundschau",
		"Nach Angaben der Norddeutschen Zeitung wurde der Hafen an eine Reederei verkauft.":        "Norddeutsche Zeitung",
		"Laut einer Auswertung der Rheinischen Allgemeinen Abendzeitung schlossen 400 Bäckereien.": "Rheinische Allgemeine Abendzeitung",
		"Der Bayerische Imkerbund teilte mit, die Ernte sei um ein Drittel gesunken.":              "Bayerischer Imkerbund",
	})
}
