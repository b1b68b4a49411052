package extract

import "testing"

// TestPublicationSourceDE checks that the journal or paper a study or
// report appeared in is the source, also for a later "laut der
// Veröffentlichung", and that a study without a title names none.
func TestPublicationSourceDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Laut einer Studie im Fachblatt „Klinikjournal“ sinkt das Risiko.":                                                                                             "Klinikjournal",
		"Laut einem Bericht in der „Harzer Rundschau“ sinkt das Risiko.":                                                                                               "Harzer Rundschau",
		"Nach einer Veröffentlichung im Magazin „Nordlicht“ ist das Loch groß. Es wächst weiter. Laut der Veröffentlichung kann man erstmals von einem Loch sprechen.": "Nordlicht",
		"Laut der Veröffentlichung kann man erstmals von einem Loch sprechen.":                                                                                         "",
	})
}
