package extract

import "testing"

// TestBodyPronounDE checks that "er"/"sie" right after a unit in which a
// body spoke names the body when its noun takes the pronoun, and that
// "er" after a neuter body ("das Bauamt") does not.
func TestBodyPronounDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Der Bürgermeister Tom Weis sagte, die Mieten seien fair. Der Mieterbund Obernau sieht das anders. Er verlangt, die Mieten zu senken.":          "Mieterbund Obernau",
		"Die Stadträtin Ute Brahm sagte, die Brücke sei sicher. Die Bundesanstalt für Brückenbau widersprach. Die Träger seien rostig, teilte sie mit.": "Bundesanstalt für Brückenbau",
		"Der Bürgermeister Tom Weis sagte, die Mieten seien fair. Das Bauamt Obernau widersprach. Die Mieten seien zu hoch, sagte er.":                  "Tom Weis",
		"Die Stadträtin Ute Brahm sagte, die Brücke sei sicher. Der Mieterbund Obernau widersprach. Die Träger seien rostig, sagte sie.":                "Ute Brahm",
	})
}

// TestAnstaltDE checks that "die Anstalt" names the Anstalt the text
// named in full.
func TestAnstaltDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Bundesanstalt für Bodenkunde legte einen Bericht vor. Die Anstalt erklärte, die Böden seien trocken.": "Bundesanstalt für Bodenkunde",
	})
}
