package extract

import "testing"

// TestPublicationCompoundDE checks that a compound of a publication after
// a body's acronym gives the body, named in full where the text defined
// the acronym.
func TestPublicationCompoundDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Das Landesamt für Fischerei (LAF) zählt jedes Jahr die Heringe. Der LAF-Jahresbericht nennt 40 Prozent weniger Fänge.": "Landesamt für Fischerei",
		"Der THW-Einsatzbericht nennt 40 geräumte Keller.":                                                                      "THW",
	})
}
