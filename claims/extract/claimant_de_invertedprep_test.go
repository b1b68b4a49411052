package extract

import "testing"

// TestInvertedPrepositionDE checks that a prepositional phrase between a
// verb of saying and its subject gives no speaker of its own ("sagte nach
// seiner Wahl …" is not "Wahl"), while an article right after the verb
// still opens the subject.
func TestInvertedPrepositionDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"„Der Laden hat Zukunft“, sagte nach seiner Wahl zum Vorsitzenden Jonas Brettschneider.": "",
		"„Der Laden hat Zukunft“, sagte bei der Versammlung ein Mitglied des Vorstands.":         "",
		"„Der Laden hat Zukunft“, sagte der Vorsitzende Jonas Brettschneider.":                   "Jonas Brettschneider",
	})
}
