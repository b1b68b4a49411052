package extract

import "testing"

// TestAndBodyTailEN checks that a body's name with "and" before a
// lower-case noun for a body is kept whole, and that two speakers joined
// by "and" are not joined.
func TestAndBodyTailEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"The United Food and Commercial Workers union said it had not been consulted.":                                      "United Food and Commercial Workers",
		"The United Food and Commercial Workers union, which represents workers at both plants, said it was not consulted.": "United Food and Commercial Workers",
		"Ann Lee and Tom Bell said the plant would close.":                                                                  "Ann Lee; Tom Bell",
	})
}
