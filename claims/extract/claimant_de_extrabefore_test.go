package extract

import "testing"

// TestExtraBeforeDE checks a reporting verb of extraSpeechDE before a
// reported clause that holds a verb of the lexicon: the reporter is the
// claimant, not the subject of the reported clause.
func TestExtraBeforeDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Ein Tief, das lange über der Bucht gestanden hatte, habe die Küste erreicht, meldet die Wetterbehörde.": "Wetterbehörde",
		"Am Abend meldete die Zeitung Nordkurier, der Verein habe das bestätigt.":                                "Nordkurier",
		"Am Abend meldete die Nachrichtenseite „Golem“, der Verein habe das bestätigt.":                          "Golem",
		"Der Nordkurier meldete, der Verein habe das bestätigt.":                                                 "Nordkurier",
		"Der Verein bestätigte den Verkauf, den der Nordkurier gemeldet hatte.":                                  "Verein",
	})
}
