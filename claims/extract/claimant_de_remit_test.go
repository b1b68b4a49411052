package extract

import "testing"

// TestForRemitDE checks that a body named with its remit keeps it when a
// later unit refers to the body by its head noun.
func TestForRemitDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Das Landesministerium für Umwelt und Forsten warnte vor Dürre. Das Ministerium erklärte, man prüfe Hilfen.": "Landesministerium für Umwelt und Forsten",
		"Das Landesamt für Statistik meldete neue Zahlen. Das Amt erklärte, die Zahl sei gestiegen.":                 "Landesamt für Statistik",
	})
}
