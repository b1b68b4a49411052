package extract

import "testing"

// TestPossessivePersonDE checks that "seinen Angaben zufolge" is the
// person the text named, not a body named with them, and that no person
// is made up when the text named none.
func TestPossessivePersonDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Der Chemiker Paul Brandt von der Freien Universität Talberg forscht an einem Kraut. Vor einigen Wochen stellte er seine Studie vor. Jetzt hat seinen Angaben zufolge eine Studie mit Patienten begonnen.": "Paul Brandt",
		"Die Universität Talberg forscht an einem Kraut. Vor einigen Wochen stellte sie eine Studie vor. Jetzt hat ihren Angaben zufolge eine Studie mit Patienten begonnen.":                                      "",
	})
}
