package extract

import "testing"

// TestOwnAccountDE checks "nach eigenen Angaben" with the subject before
// the finite verb, after an apposition, and after the verb when the phrase
// opens the sentence, and that the phrase inside a quotation names nobody.
func TestOwnAccountDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Bergwacht hat nach eigenen Angaben bislang die Hälfte des Hangs abgesucht.": "Bergwacht",
		"Olaf Wiesner, Referent des Bürgermeisters, weiß nach eigenen Angaben nichts.":   "Olaf Wiesner",
		"Nach eigenen Angaben erhielt die Bergwacht im Jahr 2005 viel Geld.":             "Bergwacht",
		"„Die Bergwacht hat nach eigenen Angaben genug Geld“":                            "",
	})
}
