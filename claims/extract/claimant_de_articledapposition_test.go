package extract

import "testing"

// TestArticledAppositionDE checks an apposition with an article and a
// trade before the name, with and without academic titles, and that an
// apposition of a body's noun alone names no person.
func TestArticledAppositionDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Der Leiter des Festivals, der Dirigent Till Ahrend, lobte die Sänger.":          "Till Ahrend",
		"Die Chefin der Kommission, die Juristin Prof. Dr. Wera Sand, lobte die Prüfer.": "Wera Sand",
		"Der Leiter des Festivals, der Verein der Freunde, lobte die Sänger.":            "",
	})
}
