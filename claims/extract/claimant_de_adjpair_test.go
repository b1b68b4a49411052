package extract

import "testing"

// TestAdjectiveNounPairDE checks that two nouns after an article and an
// adjective are not registered as a person, so that a later "er" finds the
// person named before, and that a name after a noun of office still is one.
func TestAdjectiveNounPairDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Olaf Wiesner hofft auf Hilfe. Er hoffe, dass die freundlichen Nachbarn Geduld mitbringen. „Wir schaffen das“, sagte er.": "Olaf Wiesner",
		"Olaf Wiesner hofft auf Hilfe. „Wir schaffen das“, sagte der frühere Minister Jan Brenner.":                               "Jan Brenner",
	})
}
