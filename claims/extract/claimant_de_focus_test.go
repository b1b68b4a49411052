package extract

import "testing"

// TestFocusSubjectDE checks that a focus particle opening the unit is no
// part of the subject and does not hide it.
func TestFocusSubjectDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Selbst der Mieterbund, sonst ein Freund der Regierung, warnt vor den Folgen.":                      "Mieterbund",
		"Auch der Mieterbund, ein Freund der Regierung, warnt vor den Folgen.":                              "Mieterbund",
		"Sogar der Mieterbund warnt vor den Folgen.":                                                        "Mieterbund",
		"Auch Kühns designierter Nachfolger Tom Weis warf Ende Mai hin, nach eigener Aussage wegen Streit.": "",
		"Selbst bei Regen warnt niemand vor den Folgen.":                                                    "",
	})
}
