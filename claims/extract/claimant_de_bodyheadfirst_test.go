package extract

import "testing"

// TestBodyHeadFirstDE checks that a body whose head noun opens its name
// ("Bund der Imker") or stands alone ("Die Gewerkschaft") is the subject
// of "hält … für", while a thing in that place is not.
func TestBodyHeadFirstDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Der Bund der Imker hält das Verbot für überfällig.":     "Bund der Imker",
		"Die Gewerkschaft hält die Pläne für falsch.":            "Gewerkschaft",
		"Der Plan der Stadt hält einer Prüfung für Jahre stand.": "",
	})
}
