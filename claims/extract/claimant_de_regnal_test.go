package extract

import "testing"

// TestRegnalDE checks that a pope's or a monarch's title before a single
// name stays in the claimant, also for the name alone later, and that a
// first name and a surname after a title are not changed.
func TestRegnalDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Papst Leo besuchte am Sonntag ein Krankenhaus in Rom. Leo sagte, die Pflegekräfte verdienten mehr Lohn.": "Papst Leo",
		"Königin Margrethe sagte, der Hafen werde im Frühjahr erweitert.":                                         "Königin Margrethe",
		"Der Geschäftsführer Jonas Weller sagte, der Hafen werde im Frühjahr erweitert.":                          "Jonas Weller",
	})
}
