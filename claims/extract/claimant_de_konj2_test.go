package extract

import "testing"

// TestSingularKonj2DE checks that a unit whose only mark of reported
// speech is the singular "wäre" or "hätte" does not carry a speaker a
// narrated unit ago, while the same unit right after the speaker and a
// Konjunktiv I ("sei") after a narrated unit still do.
func TestSingularKonj2DE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Stadträtin Mara Lindqvist sagte, die Kasse der Gemeinde sei leer. Der Etat für Kultur wurde im Frühjahr gekürzt. Ohne die Zuschüsse wäre mancher Sportverein längst pleite.": "",
		"Der Trainer Olaf Brenning sagte, die Halle sei zu klein. Die Mannschaft trainiert seit Jahren dort. Ein Umzug hätte hohe Kosten für den Verein.":                                 "",
		"Die Stadträtin Mara Lindqvist sagte, die Kasse der Gemeinde sei leer. Ohne die Zuschüsse wäre mancher Sportverein längst pleite.":                                                "Mara Lindqvist",
		"Die Stadträtin Mara Lindqvist sagte, die Kasse der Gemeinde sei leer. Der Etat für Kultur wurde im Frühjahr gekürzt. Ohne die Zuschüsse sei mancher Sportverein längst pleite.":  "Mara Lindqvist",
	})
}
