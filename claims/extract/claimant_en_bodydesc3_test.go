package extract

import "testing"

// TestBodyDescriptionThreeEN checks a body described by three lower-case
// words before the verb of saying at a sentence's end.
func TestBodyDescriptionThreeEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		`The average temperature was 1.6C above normal, the regional climate office reported on Tuesday.`: "regional climate office",
		`Turnout fell to 58 percent, the new regional electoral commission said.`:                         "new regional electoral commission",
	})
}
