package extract

import "testing"

// TestAgeEpithetEN checks that an age used as a noun for a person ("The
// 54-year-old added that …") names the person in view, before the verb
// and after it, and that an age before a noun stays a description.
func TestAgeEpithetEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		`"We won," Ann Lee told supporters. The crowd cheered for an hour. "He is a leader," said the 46-year-old.`: "",
		`"We won," Ann Lee told supporters. The 54-year-old added that her party would seek talks.`:                 "Ann Lee",
		`Ann Lee said the pier was safe. The 54-year-old said it would reopen in May.`:                              "Ann Lee",
		`"The pier is safe," Ann Lee told reporters. "It will reopen," said the 54-year-old.`:                       "Ann Lee",
		`The pier closed on Monday. The 54-year-old said the water was high.`:                                       "",
		`Ann Lee said the pier was safe. A 54-year-old man said the water was high.`:                                "A 54-year-old man",
	})
	for w, want := range map[string]bool{"54-year-old": true, "7-year-old": true, "year-old": false, "-year-old": false, "54-year-olds": false, "five-year-old": false} {
		if got := ageEpithetEN(w); got != want {
			t.Errorf("ageEpithetEN(%q) = %v, want %v", w, got, want)
		}
	}
}
