package extract

import "testing"

// TestStatementSayingEN checks a subject who issues a statement that says
// something, and "As X put it".
func TestStatementSayingEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"On Saturday, Senator Ann Lee issued a statement saying the mayor was a remarkable person.": "Ann Lee",
		"The Harbor Port Authority (HPA) released a brief statement that the pier would close.":     "Harbor Port Authority",
		"As Tom Bell, a professor at Harbor University, put it, the plan is doomed.":                "Tom Bell",
		"The band released a new album that sold well.":                                             "",
		"As Tom Bell walked in, the crowd cheered.":                                                 "",
	})
}
