package extract

import "testing"

// TestHeisstImDE checks the source of "heißt es im Bericht der …" (the
// contracted "im"), as of "heißt es in einem Bericht der …".
func TestHeisstImDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Zahl der Soldaten sank auf 181.300, heißt es im Bericht der Landesregierung.": "Landesregierung",
		"Die Zahl sank, hieß es im Bericht der Wehrbeauftragten Ulrike Brandt.":            "Ulrike Brandt",
	})
}
