package extract

import "testing"

// TestQuotedFirstDE checks that a quotation in the first person right
// after a unit that introduced a person is that person's, and not when a
// pronoun outside the quotation names a speaker of its own (here a woman
// after a man was introduced).
func TestQuotedFirstDE(t *testing.T) {
	const intro = "Der Förster Lukas Brenner steht am Zaun und schaut auf den Wald. "
	checkLast(t, "de", map[string]string{
		intro + "„Ich komme seit vielen Jahren jeden Morgen hierher.“":             "Lukas Brenner",
		intro + "„Ich komme seit vielen Jahren hierher“, erinnert sie sich.":       "",
		"Der Wald ist ruhig. „Ich komme seit vielen Jahren jeden Morgen hierher.“": "",
	})
}
