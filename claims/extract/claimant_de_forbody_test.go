package extract

import "testing"

// TestForBodyDE checks a body named with its remit after "für" as the
// subject of verbs of saying and reporting, in the nominative, and that a
// person's "für" phrase is no part of the name.
func TestForBodyDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Das Sächsische Landesamt für Wasser und Boden teilte mit, der Damm sei dicht.": "Sächsisches Landesamt für Wasser und Boden",
		"Das Bundesamt für Deichbau sagte, die Zahl der Schäden sei gestiegen.":         "Bundesamt für Deichbau",
		"Die Behörde für Integration, Arbeit und Soziales erklärte, es fehle Geld.":     "Behörde für Integration, Arbeit und Soziales",
		"Das Sächsische Landesamt für Wasser und Boden sprach von einem Fehler.":        "Sächsisches Landesamt für Wasser und Boden",
		"Ilka Brenner sagte, sie stimme für Olaf Wiesner.":                              "Ilka Brenner",
		"Der Chef der Behörde für Deichbau, Olaf Wiesner, sagte, es fehle Geld.":        "Olaf Wiesner",
	})
}
