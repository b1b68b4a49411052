package extract

import "testing"

// TestAuxConjunctsDE checks that a coordinated subject right after the
// auxiliary of the perfect gives every speaker.
func TestAuxConjunctsDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Zuvor hatten der Mieterbund und der Sozialverband die Pläne kritisiert.":                "Mieterbund; Sozialverband",
		"Inzwischen haben sich der Städtetag und die Landkreise gegen die Reform ausgesprochen.": "Städtetag; Landkreise",
		"Zuvor hatte der Mieterbund die Pläne und die Kosten kritisiert.":                        "Mieterbund",
	})
}
