package extract

import "testing"

// TestForLinkDE checks that a body named with "für" and a short form in
// brackets before the verb is the speaker, not the dative object after the
// verb.
func TestForLinkDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Bundesanstalt für Wasserbau (BAW) teilte dem Sender mit, der Pegel sinke.":                        "Bundesanstalt für Wasserbau",
		"Das Landesamt für Statistik (LfS) bestätigte der Zeitung am Montag, dass die Zahl gestiegen sei.":     "Landesamt für Statistik",
		"Die Kammer für Handwerk (KfH) sagte dem Radio, viele Betriebe suchten Lehrlinge.":                     "Kammer für Handwerk",
		"Der Verband der Landwirte (VdL) bestätigte der Nachrichtenagentur, dass die Ernte schlecht ausfalle.": "Verband der Landwirte",
	})
}
