package extract

import "testing"

// TestNounVerbPassiveDE checks that no word opening the sentence is the
// speaker of a verb of saying written as a noun ("Erste Klagen gibt es")
// or of a passive participle closing the sentence ("Landesweit sind …
// bestätigt."), while an agent with "von" still is.
func TestNounVerbPassiveDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Erste Klagen gibt es bereits.":                                    "",
		"Kreisweit sind bisher mehr als 400 Fälle bestätigt.":              "",
		"Von der Opposition wurde der Besuch als unangemessen kritisiert.": "Opposition",
	})
}

// TestArticleNounDE checks that a verb of saying written with a capital
// letter after an article is a noun: what opens the sentence is no
// speaker of it.
func TestArticleNounDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Welche Folgen das hat, zeigen die Schreiben, die der Verein erhielt.": "",
		"Eva Roth schreibt, die Brücke sei marode.":                            "Eva Roth",
	})
}
