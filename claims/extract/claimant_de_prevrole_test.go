package extract

import "testing"

// TestPrevRoleClaimantDE checks that "er"/"sie" after a unit whose speaker
// is a role without a name refers to that speaker, not to two capitalised
// nouns of a "dass" clause in that unit.
func TestPrevRoleClaimantDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Ein Referent des Schäferverbands hatte es begrüßt, dass Brandenburg Schafe nach Tschechien schickt. " +
			"„Das ist ein gutes Zeichen für die Zusammenarbeit“, schrieb er.": "Referent des Schäferverbands",
		"Eine Sachbearbeiterin der Kreisverwaltung bestätigte, dass Thüringen Ziegen nach Ungarn liefert. " +
			"„Wir haben das lange geplant“, sagte sie.": "Sachbearbeiterin der Kreisverwaltung",
	})
}
