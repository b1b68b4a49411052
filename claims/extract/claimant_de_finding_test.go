package extract

import "testing"

// TestFindingSourceDE checks that the body whose study is the subject of
// a finding verb is the source.
func TestFindingSourceDE(t *testing.T) {
	const before = "Die Mieten steigen weiter. "
	checkLast(t, "de", map[string]string{
		before + "Das ergab eine Umfrage des Instituts Demoskop am Montag.":       "Institut Demoskop",
		before + "Das zeigt eine Studie der Universität Halle, die nun erschien.": "Universität Halle",
		before + "Das ergab eine Umfrage unter 500 Menschen.":                     "",
	})
}

// TestFindingVorfeldDE checks a study of a named body that opens the
// sentence as the subject of a finding verb.
func TestFindingVorfeldDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Eine Umfrage des Instituts Demoskop im Auftrag des Senders ergab, dass 40 Prozent dagegen sind.": "Institut Demoskop",
		"Eine neue Studie der Universität Halle zeigt, dass die Mieten steigen.":                          "Universität Halle",
		"Die Analyse des Spiels zeigt, dass die Abwehr schwach war.":                                      "",
		"Eine Befragung von Rückkehrern ergab, dass viele krank waren.":                                   "",
	})
}
