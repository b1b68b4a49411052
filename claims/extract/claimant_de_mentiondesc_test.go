package extract

import "testing"

// TestMentionDescDE checks that a noun the text named with the body it
// belongs to, in a unit that claims nothing or before its verb, stands for
// that description as a claimant; not an acronym with a dative after it,
// nor a noun before "von", which also follows verbs ("rät … von … ab").
func TestMentionDescDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Jury des Harbor-Verbandes tagte am Montag.\n\nDie Jury nennt den Film ein Beispiel und befindet: „Das ist gut.“": "Jury des Harbor-Verbandes",
		"Ein Journalist der Harbor Post befand sich nahe der Explosion und berichtet, dass Kinder rannten.":                   "Journalist der Harbor Post",
		"Im Fachblatt Harbor Medical zeigen die Ärzte vom Spital Harbor City, dass die Symptome selten sind.":                 "Ärzte vom Spital Harbor City",
		"Die Vereinsführung des FC Harbor City tagte am Abend.\n\nDies gab die Vereinsführung heute bekannt.":                 "Vereinsführung des FC Harbor City",
		// an acronym names its body: "der Wahlkommission" is a dative object
		"Am Montag rügte die OSZE der Wahlkommission die Fehler.\n\nDie OSZE kritisiert die Berichte im Fernsehen.": "OSZE",
		// "rät der Ethikrat von solchen Tests ab": "von" belongs to the verb
		"Der Ethikrat tagte.\n\nDer Vorsitzende rät der Ethikrat von solchen Tests ab.\n\nDer Ethikrat fordert deshalb eine Regel.": "Ethikrat",
	})
}
