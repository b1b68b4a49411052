package extract

import "testing"

// TestDiscourseNounDE checks that a noun of a stance or a discussion as
// the subject of a reflexive verb of position is no claimant, while a
// body there stays.
func TestDiscourseNounDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Kritik wandte sich vor allem gegen den neuen Fahrplan der Talbahn.": "",
		"Die Debatte wandte sich rasch gegen die Pläne des Bürgermeisters.":      "",
		"Der Fischereiverein wandte sich gegen den neuen Fahrplan der Talbahn.":  "Fischereiverein",
	})
}
