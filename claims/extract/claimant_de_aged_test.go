package extract

import "testing"

// TestAgedDE checks "der/die N-Jährige" after a verb of saying as the
// person of the article's gender the text just named, and that an age
// without a verb of saying before it names nobody new.
func TestAgedDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Ministerin Eva Roth eröffnete die Halle. „Es war höchste Zeit“, sagt die 57-Jährige.":        "Eva Roth",
		"Der Minister Jan Brenner eröffnete die Halle. „Es war höchste Zeit“, sagt jetzt der 61-Jährige.": "Jan Brenner",
		"Der Minister Jan Brenner eröffnete die Halle. Der 61-Jährige kam mit dem Rad.":                   "",
	})
}
