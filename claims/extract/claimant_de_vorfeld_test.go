package extract

import "testing"

// TestVorfeldSubjectDE checks that a noun phrase before a German verb of
// saying in second position is its subject and the noun after the verb an
// object, while an adverb, a preposition or a fronted object before the
// verb leaves the speaker after it.
func TestVorfeldSubjectDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Auch die Landrätin Katja Brenner kritisierte den Beschluss.":                          "Katja Brenner",
		"Ole Wendt, der Vorsitzende des Vereins, kündigte einen Umzug an.":                     "Ole Wendt",
		"Katja Brenner (SPD) forderte Neuwahlen.":                                              "Katja Brenner",
		"Der Verband der Bäcker forderte Hilfen für Betriebe.":                                 "Verband der Bäcker",
		"Katja Brenner sprach. Die Forderung nach Neuwahlen wies sie zurück.":                  "Katja Brenner",
		"Ole Wendt sprach lange. Konkrete Zahlen nannte Wendt nicht.":                          "Ole Wendt",
		"Ole Wendt war dabei. Gegenüber der Zeitung berichtete Wendt von einem Plan.":          "Ole Wendt",
		"Ole Wendt war dabei. Kürzlich kündigte Wendt einen Plan an.":                          "Ole Wendt",
		"Die Zahlen seien gestiegen, die Lage sei ernst, sagte Ole Wendt.":                     "Ole Wendt",
		"Ihren Plan verteidigt die Ministerin Katja Brenner.":                                  "Katja Brenner",
		"Ole Wendt, der Vorsitzende des Vereins, sagte der Zeitung, der Plan sei gescheitert.": "Ole Wendt",
	})
}
