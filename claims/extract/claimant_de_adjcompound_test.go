package extract

import "testing"

// TestAdjCompoundDE checks that a compound body named with lower-case
// adjectives, or with the capitalised adjective of its name after "der",
// "die", "das", keeps them when the text later writes the compound or its
// head noun alone (invented sentences).
func TestAdjCompoundDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die finnischen Gesundheitsbehörden meldeten 40 neue Fälle. Die Gesundheitsbehörden warnten vor Reisen in den Norden.":        "finnische Gesundheitsbehörden",
		"Das estnische Verkehrsministerium sperrte die Brücke bei Tarvu. Das Ministerium teilte mit, die Pfeiler seien beschädigt.":   "estnisches Verkehrsministerium",
		"Das Statistische Landesamt legte am Freitag neue Zahlen vor. Nach Angaben des Landesamts stiegen die Preise um 2,4 Prozent.": "Statistisches Landesamt",
	})
}
