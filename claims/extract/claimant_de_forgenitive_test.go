package extract

import "testing"

// TestForGenitiveOwnerDE checks a body with a remit after "für" in the
// genitive after the noun of its part: the whole name, not the part alone.
func TestForGenitiveOwnerDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Nach Angaben der Landesdirektion der Agentur für Umwelt wurden 300 Anträge gestellt.":                                                         "Landesdirektion der Agentur für Umwelt",
		"Die Zahl sei gestiegen, teilte die Landesdirektion der Agentur für Umwelt mit.":                                                               "Landesdirektion der Agentur für Umwelt",
		"Die Zweigstelle des Landesamts für Statistik teilte mit, die Zahl sei gestiegen.":                                                             "Zweigstelle des Landesamts für Statistik",
		"Nach Angaben der Landesdirektion der Agentur für Umwelt wurden 300 Anträge gestellt. Die Zahl sei gestiegen, teilte die Landesdirektion mit.": "Landesdirektion der Agentur für Umwelt",
	})
}
