package extract

import "testing"

// TestDarinHeisstDE checks that "Darin heißt es" after a unit that names a
// document gives the body in the document's genitive, else the speaker of
// that unit, and none after a unit with no document.
func TestDarinHeisstDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Ein Gutachten des Landesrechnungshofs liegt der Redaktion vor. Darin heißt es, die Kosten seien um 18 Prozent zu niedrig angesetzt.": "Landesrechnungshof",
		"In einem Brief an die Ministerin fordert der Mieterbund Halmstett mehr Wohngeld. Darin heißt es, 900 Familien seien betroffen.":      "Mieterbund Halmstett",
		"Der Landtag tagte am Dienstag. Darin heißt es, die Kosten seien gestiegen.":                                                          "",
	})
}
