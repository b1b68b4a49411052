package extract

import "testing"

// TestPrevRoleClaimantDE checks that "er"/"sie" after a unit whose speaker
// is a role without a name refers to that speaker, not to two capitalised
// nouns of a subordinate clause in that unit.
func TestPrevRoleClaimantDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Ein Gutachter der Bergwacht erklärte am Morgen, weshalb Almhütten Solardächer brauchen. " +
			"„Der Strom reicht sonst nicht“, meinte er.": "Gutachter der Bergwacht",
		"Eine Prüferin des Sportbunds räumte ein, dass Ruderclubs Zuschüsse verloren haben. " +
			"„Das war ein Fehler“, sagte sie.": "Prüferin des Sportbunds",
	})
}
