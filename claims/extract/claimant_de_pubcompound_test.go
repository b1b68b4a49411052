package extract

import "testing"

// TestPublicationCompoundDE checks that a compound of a publication after
// a body's acronym gives the body, named in full where the text defined
// the acronym.
func TestPublicationCompoundDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Das Landesamt für Fischerei (LAF) zählt jedes Jahr die Heringe. Für die Ostsee nennt der LAF-Jahresbericht 40 Prozent weniger Fänge.": "Landesamt für Fischerei",
		"Für Talbach nennt der THW-Einsatzbericht 40 geräumte Keller.":                                                                         "THW",
	})
}
