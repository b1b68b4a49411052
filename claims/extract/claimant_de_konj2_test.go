package extract

import "testing"

// TestSingularKonj2DE checks that a unit whose only mark of reported
// speech is the singular "wäre" or "hätte" does not carry a speaker a
// narrated unit ago, while the same unit right after the speaker and a
// Konjunktiv I ("sei") after a narrated unit still do.
func TestSingularKonj2DE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Stadträtin Mara Lindqvist sagte, die Kasse der Gemeinde sei leer. Der Etat für Kultur wurde im Frühjahr gekürzt. Mit einem zweiten Kran wäre der Neubau längst fertig.": "",
		"Der Trainer Olaf Brenning sagte, die Halle sei zu klein. Die Mannschaft trainiert seit Jahren dort. Mit mehr Personal hätte die Halle früher öffnen können.":                "",
		"Die Stadträtin Mara Lindqvist sagte, die Kasse der Gemeinde sei leer. Mit einem zweiten Kran wäre der Neubau längst fertig.":                                                "Mara Lindqvist",
		"Die Stadträtin Mara Lindqvist sagte, die Kasse der Gemeinde sei leer. Der Etat für Kultur wurde im Frühjahr gekürzt. Mit einem zweiten Kran sei der Neubau längst fertig.":  "Mara Lindqvist",
	})
}
