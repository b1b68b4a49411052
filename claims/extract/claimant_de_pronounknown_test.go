package extract

import "testing"

// TestKnownSpeakerOverUnknownDE checks that "sagte sie/er" after a person
// of unknown gender named after a preposition refers to the person of the
// pronoun's gender named just before, while a person of unknown gender who
// acts or speaks in the unit before stays the referent.
func TestKnownSpeakerOverUnknownDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Imkerin Jana Vogt lobte die Ernte. Am Stand von Jens Kolbe gab es Honig. Die Bienen seien gesund, sagte sie.": "Jana Vogt",
		"Bürgermeister Tom Ries zählte die Bäume. Am Stand von Lea Bruck gab es Tee. „Der Wald ist krank“, sagte er.":      "Tom Ries",
		"Die Imkerin Jana Vogt lobte die Ernte. Alex Kolbe widersprach ihr. „Die Bienen sind krank“, sagte sie.":           "Alex Kolbe",
		"Die Imkerin Jana Vogt lobte die Ernte. Am Freitag sprach auch Alex Kolbe. „Die Bienen sind krank“, erklärte sie.": "Alex Kolbe",
	})
}
