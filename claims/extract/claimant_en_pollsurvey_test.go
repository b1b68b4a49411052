package extract

import "testing"

// TestPollSurveyEN checks that "the survey" takes up a poll brought up
// before, and "the poll" a survey.
func TestPollSurveyEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"A poll by the Ostwick Institute found that most tenants backed the cap. The survey also found that rents had doubled.": "Ostwick Institute",
		"A survey by the Ostwick Institute found that most tenants backed the cap. The poll also found that rents had doubled.": "Ostwick Institute",
	})
}
