package extract

import "testing"

// TestDeclaredAfterDE checks that "erklärte … für beendet" in a main
// clause (declaring, a ruling) names no speaker, while "erklärte, …" with
// a statement still does.
func TestDeclaredAfterDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Jury erklärte den Sprung des Norwegers nachträglich für ungültig.":    "",
		"Der Segelverein Möwe erklärte im Juni die Regatta vorzeitig für beendet.": "",
		"Der Segelverein Möwe erklärte, die Regatta sei für alle offen.":           "Segelverein Möwe",
	})
}
