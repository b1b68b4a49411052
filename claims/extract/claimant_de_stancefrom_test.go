package extract

import "testing"

// TestStanceSourceDE checks that a stance noun as the subject of "kommen
// von/aus" names where the stance comes from, and that other subjects of
// "kommen" name nobody.
func TestStanceSourceDE(t *testing.T) {
	const before = "Der Stadtrat will die Bäder schließen. "
	checkLast(t, "de", map[string]string{
		before + "Kritik an dem Plan kam vom Sportwissenschaftler Dr. Lasse Horn aus Bredow.": "Lasse Horn",
		before + "Widerspruch kam von der Schwimmervereinigung Nord.":                         "Schwimmervereinigung Nord",
		before + "Der Bus kam von der Haltestelle Nord.":                                      "",
	})
}

// TestStanceSourceGenderDE checks that the person "vom Forscher X" names
// is a man for a later "er", ahead of an earlier male speaker.
func TestStanceSourceGenderDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"„Das Bad bleibt“, sagte Bürgermeister Jan Falk. Kritik kam vom Sportwissenschaftler Dr. Lasse Horn. Er hält den Plan für falsch.": "Lasse Horn",
	})
}
