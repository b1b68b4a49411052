package extract

import "testing"

// TestNamedKindEN checks a body named and then called by its kind before
// the verb, after an opening phrase, and an opening phrase with a place,
// which names no body.
func TestNamedKindEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Over the weekend, the Harbor Courier newspaper reported that the mayor had resigned.": "Harbor Courier",
		"In Northbridge, the company said the plant would close in June.":                      "",
	})
}
