package extract

import "testing"

// TestAccordingByEN checks the source named after "by" or "from" in an
// English "according to" phrase, also when a clause follows the name.
func TestAccordingByEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Turnout rose in May, according to an analysis by the Harbor Policy Institute.":             "Harbor Policy Institute",
		"Turnout rose in May, according to a survey by Harbor Polling that was released on Friday.": "Harbor Polling",
		"Crime fell, according to figures from the Harbor Police that were published this week.":    "Harbor Police",
	})
}
