package extract

import "testing"

// TestFuerViewDE checks that "Für X ist dies …" and "Für X ist … „…“" give
// the person X, and that a narrating "Für X ist der Besuch …" and a group
// that is no person give nobody.
func TestFuerViewDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Der Stadtrat Jan Roth lehnt den Plan ab. Für Roth ist dies ein schwerer Fehler.": "Jan Roth",
		"Und für die Ministerin Eva Kolbe ist der Entwurf „ein fauler Kompromiss“.":       "Eva Kolbe",
		"Für Eva Kolbe ist der Besuch im Werk der letzte an diesem Tag.":                  "",
		"Für Kinder ist dies ein schwerer Winter.":                                        "",
	})
}
