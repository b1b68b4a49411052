package extract

import "testing"

// TestHeisstNamedDocDE checks "heißt es im Bericht" / "in dem Papier" a
// few units after a body was said to have written the document: the body;
// with no document named before, or a genitive after the noun, not it.
func TestHeisstNamedDocDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Das Landesamt für Umwelt hat einen Bericht über die Flüsse vorgelegt. Er umfasst 90 Seiten. Die Werte seien seit 2019 um 40 Prozent gestiegen, heißt es im Bericht.": "Landesamt für Umwelt",
		"Der Rechnungshof kritisierte das Vorhaben in einem Bericht. Der Stückpreis liege doppelt so hoch, heißt es in dem Papier.":                                           "Rechnungshof",
		"Das Landesamt für Umwelt hat die Flüsse geprüft. Die Werte seien seit 2019 um 40 Prozent gestiegen, heißt es im Bericht.":                                            "",
	})
	text := "Das Landesamt für Umwelt hat einen Bericht vorgelegt. Die Werte seien gestiegen, heißt es im Bericht der Stadtwerke Obernau."
	if got := claimantOfLast(text, "de"); got == "Landesamt für Umwelt" {
		t.Errorf("%q: claimant %q, want not the body before", text, got)
	}
}
