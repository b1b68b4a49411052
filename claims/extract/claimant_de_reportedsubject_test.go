package extract

import "testing"

// TestReportedSubjectDE checks that the pronoun of a closing verb of
// saying does not name the person who opens the reported clause.
func TestReportedSubjectDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Der Kassenwart Timo Reck wurde angeklagt. Richterin Hella Brandt hörte die Zeugen. Reck habe die Kasse geplündert, sagte sie.":    "Hella Brandt",
		"Der Kassenwart Timo Reck wurde angeklagt. Richterin Hella Brandt hörte die Zeugen. Reck plünderte die Kasse, sagte sie am Abend.": "Timo Reck",
		"Als Hella Brandt den Saal betrat, sagte sie, das Urteil falle am Montag.":                                                         "Hella Brandt",
	})
}
