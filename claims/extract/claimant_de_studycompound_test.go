package extract

import "testing"

// TestStudyCompoundDE checks that "laut" with a compound of a study's
// noun ("einer Nachwahlbefragung", "einer Mitgliederumfrage") names the
// body in its genitive as it does for the bare noun ("einer Umfrage").
func TestStudyCompoundDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Laut einer Nachwahlbefragung des Instituts Wahlblick gaben 41 Prozent an, die Mieten seien das wichtigste Thema.": "Institut Wahlblick",
		"Laut einer Mitgliederumfrage des Verbands Nordhandel rechnen 38 Prozent der Betriebe mit Verlusten.":              "Verband Nordhandel",
	})
}
