package extract

import "testing"

// TestFuerViewDE checks that "Für X ist dies …" and "Für X ist … „…“" give
// the person X, and that a narrating "Für X ist der Montag …" and a group
// that is no person give nobody.
func TestFuerViewDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Der Stadtrat Jan Roth lehnt den Plan ab. Für Roth ist das ein Irrweg, der die Stadt viel Geld kostet.": "Jan Roth",
		"Für die Ärztin Lea Sommer ist die neue Regel „reine Symbolpolitik“.":                                   "Lea Sommer",
		"Für Eva Kolbe ist der Montag ein langer Arbeitstag.":                                                   "",
		"Für Kinder ist dies ein schwerer Winter.":                                                              "",
	})
}
