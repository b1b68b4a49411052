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

// TestFindingFormsDE checks a study with adjectives and the two more
// forms that report a finding: "geht aus … hervor" and "Zu diesem
// Ergebnis kommt …".
func TestFindingFormsDE(t *testing.T) {
	const before = "Die Mieten steigen weiter. "
	checkLast(t, "de", map[string]string{
		before + "Das ergab eine repräsentative Umfrage des Instituts Demoskop.":          "Institut Demoskop",
		before + "Das geht aus einer Auswertung der Universität Halle hervor.":            "Universität Halle",
		before + "Zu diesem Ergebnis kommt eine Studie der Universität Halle.":            "Universität Halle",
		before + "Das geht aus einer Umfrage unter 500 Menschen hervor.":                  "",
		before + "Er geht aus dem Haus der Universität Halle, bevor es dunkel wird.":      "",
		before + "Zu diesem Termin kommt eine Studie der Universität Halle ins Gespräch.": "",
	})
}
