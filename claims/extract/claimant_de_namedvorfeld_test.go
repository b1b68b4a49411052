package extract

import "testing"

// TestNamedVorfeldDE checks a verb of reporting after a Vorfeld of joined
// nouns of office and a name, and that a name after a comma is no such
// Vorfeld.
func TestNamedVorfeldDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Der Landtagsabgeordnete und Fraktionschef Olaf Wiesner pochte auf eine „Prüfung“.": "Olaf Wiesner",
		"Bremens Hafen- und Umweltsenatorin Ilka Brenner pochte auf eine „Prüfung“.":        "Ilka Brenner",
		"Weil der Zug ausfiel, wartete Olaf Wiesner. Zu Hause sprach man von dem Unglück.":  "",
	})
}
