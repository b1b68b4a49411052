package extract

import "testing"

// TestCompassNameDE checks that two bodies whose names end in the same
// point of the compass stay two bodies.
func TestCompassNameDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Das meldete die Wasserwacht Nord. Die Fährlinie Nord bestätigte, dass die Fähre ausfällt.": "Fährlinie Nord",
		"Das meldete Jana Lorenz. Die Kölnerin Lorenz bestätigte, dass die Fähre ausfällt.":         "Jana Lorenz",
	})
}
