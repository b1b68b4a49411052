package extract

import "testing"

// TestBareObjectDE checks that a bare object between the subject of the
// perfect and a participle that needs one is no part of the subject.
func TestBareObjectDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Im Streit um die Umgehungsstraße hatte die Gemeinde Einwände geäußert.": "Gemeinde",
		"Nach der Prüfung hat die Firma Brennecke Fehler eingeräumt.":            "Brennecke",
		"Nach der Anhörung hatte die Stadt Kellbach Zweifel geäußert.":           "Stadt Kellbach",
		"Am Montag hatte sich die Stadt Kellbach geäußert.":                      "Stadt Kellbach",
	})
}
