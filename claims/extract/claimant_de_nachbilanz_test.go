package extract

import "testing"

// TestNachBilanzDE checks "nach" with an adjective or an indefinite
// article before a noun of a source's reckoning ("Bilanz", "Zählung").
func TestNachBilanzDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Im Juli fielen nach vorläufiger Bilanz des Wetteramts nur 20 Liter Regen.":  "Wetteramt",
		"In Talheim sind nach einer Zählung der Stadtverwaltung 400 Wohnungen leer.": "Stadtverwaltung",
		"Die Diebe waren nach ersten Erkenntnissen über das Dach eingestiegen.":      "",
	})
}
