package extract

import "testing"

// TestColonSubjectDE checks that a body named by its article and head noun
// (or an acronym) as the subject before a colon that opens a quotation is
// its speaker, before or right after the finite verb; not a role noun, and
// not a noun that is no body ("Der Text lautete: …").
func TestColonSubjectDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Stadt Talberg plant eine neue Brücke. Doch der Mieterverband bleibt skeptisch: „Das haben wir schon oft von der Stadt gehört.“": "Mieterverband",
		"Die Stadt Talberg plant eine neue Brücke. Die VBKT sieht das anders: „Die alte Brücke hält noch zwanzig Jahre.“":                    "VBKT",
		"Die Stadt Talberg plant eine neue Brücke. Hier sparte die Gewerkschaft nicht mit Kritik: „Die Pläne kosten viel zu viel Geld.“":     "Gewerkschaft",
		"Die Stadt Talberg plant eine neue Brücke. Der Text lautete: „Die Brücke wird im Mai für alle gesperrt.“":                            "",
		"Der König Olaf von Talberg baute eine Brücke. Der König selbst verfügte: „Die Brücke soll seinen Namen für immer tragen.“":          "",
	})
}
