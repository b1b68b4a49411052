package extract

import "testing"

// TestCauseBackDE checks that the subject of "führte … auf … zurück"
// (gave as the cause) is the claimant, and that "führte … zurück ins Tal"
// (led back) names none.
func TestCauseBackDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Zahl der Falter sank. Studienleiterin Eva Kurz führte den Verlust auf trockene Sommer zurück.": "Eva Kurz",
		"Die Zahl der Gäste stieg. Der Hotelverband führte das Plus auf das Wetter zurück.":                 "Hotelverband",
		"Jan Roth führte die Gruppe zurück ins Tal.":                                                        "",
	})
}
