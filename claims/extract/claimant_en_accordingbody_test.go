package extract

import "testing"

// TestAccordingBodyEN checks that "according to the commission" names the
// body the text named before with that head noun, and that a phrase whose
// noun names no body before is left as it was.
func TestAccordingBodyEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"The Harbor Safety Commission said the pier was closed. Nine people were hurt, according to the commission.":  "Harbor Safety Commission",
		"The Ostby Water Board met on Monday. Rates will rise by 4 percent, according to the board.":                  "Ostby Water Board",
		"The Harbor Safety Commission said the pier was closed. Nine people were hurt, according to the coast guard.": "coast guard",
		"The Department of Ferries said the pier was closed. Nine people were hurt, according to the department.":     "Department of Ferries",
	})
}
