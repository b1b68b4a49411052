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
