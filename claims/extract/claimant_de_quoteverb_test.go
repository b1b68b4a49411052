package extract

import "testing"

// TestQuoteVerbPersonDE checks that a known person right after the verb
// that follows a closing quotation and its comma is the speaker, whatever
// the verb, and that a relative pronoun after the comma names no one.
func TestQuoteVerbPersonDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Der Trainer Jonas Pferrer kam 2019 nach Lindau. „Ich konnte nicht werfen, aber ich war groß“, erinnerte sich Pferrer vor der Saison.": "Jonas Pferrer",
		"Der Trainer Jonas Pferrer kam 2019 nach Lindau. „Das war ein Kinderspiel“, moserte Pferrer.":                                          "Jonas Pferrer",
		"Der Trainer Jonas Pferrer kam 2019 nach Lindau. „Wir bleiben hier“, strich Pferrer in Lindau heraus.":                                 "Jonas Pferrer",
		"Der Trainer Jonas Pferrer kam 2019 nach Lindau. „Das Dach ist zu niedrig“, grummelte Pferrer nach dem Spiel.":                         "Jonas Pferrer",
		"Der Trainer Jonas Pferrer kam 2019 nach Lindau. Sein bestes Lied ist „Blaue Wiesen“, das Pferrer als Sänger zeigt.":                   "",
	})
}
