package extract

import "testing"

// TestPrevSpokespersonDE checks that "er"/"sie" after a spokesperson
// without a name in the unit before refers to that spokesperson when the
// gender fits, not to an earlier named speaker.
func TestPrevSpokespersonDE(t *testing.T) {
	const before = "„Wir bauen ab“, sagte Vorstandschef Udo Kramm. "
	checkLast(t, "de", map[string]string{
		before + "Ein Werkssprecher wies die Kritik zurück. Man habe alles geprüft, sagte er.":    "Werkssprecher",
		before + "Eine Werkssprecherin wies die Kritik zurück. Man habe alles geprüft, sagte er.": "Udo Kramm",
	})
}
