package extract

import (
	"strings"
	"testing"
)

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

// TestRegnalFilterDE checks that every title of regnalTitlesDE passes
// regnalFilterDE and still keeps an invented name after it in the
// claimant.
func TestRegnalFilterDE(t *testing.T) {
	cases := map[string]string{}
	for w := range regnalTitlesDE {
		if !regnalFilterDE.mayHold(w) {
			t.Errorf("regnalFilterDE.mayHold(%q) = false", w)
		}
		title := strings.ToUpper(w[:1]) + w[1:]
		cases[title+" Orlando besuchte am Sonntag den Hafen von Talbach. Orlando sagte, die Fähre fahre bald wieder."] = title + " Orlando"
	}
	checkLast(t, "de", cases)
}
