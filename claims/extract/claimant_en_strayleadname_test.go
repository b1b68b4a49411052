package extract

import "testing"

// TestStrayLeadNameEN checks that a surname stays with the person first
// named with a stray word before the first name ("Singer Ann Brooks",
// the text also saying "the singer") when a relative of that surname is
// named later.
func TestStrayLeadNameEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Singer Ann Brooks canceled her tour on Monday. The singer said she was tired. Her brother, Tom Brooks, plays drums in her band. Brooks said all tickets would be refunded.": "Ann Brooks",
		"Ann Brooks canceled her tour on Monday. Her brother, Tom Brooks, plays drums in her band. Brooks said all tickets would be refunded.":                                       "Ann Brooks",
	})
}
