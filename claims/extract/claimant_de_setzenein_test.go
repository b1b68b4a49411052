package extract

import "testing"

// TestSprechenAusDE checks "sich für/gegen … aussprechen" with the verb
// split from its particle (invented sentences): it takes a position when
// "aus" closes the clause, not with another particle ("sich … absprechen").
func TestSprechenAusDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Bürgermeisterin Hanna Kolbe spricht sich gegen die neue Gebühr aus.":           "Hanna Kolbe",
		"Hanna Kolbe leitet das Amt. Kolbe spricht sich für längere Fristen aus.":           "Hanna Kolbe",
		"Die Grünen und die FDP sprechen sich offen gegen die Pläne aus.":                   "Grünen; FDP",
		"Die Zahlen der Kasse sprechen für sich, sagte niemand im Saal am Morgen.":          "",
		"Hanna Kolbe leitet das Amt. Kolbe spricht sich für die Sitzung mit der Gruppe ab.": "",
	})
}
