package extract

import "testing"

// TestParenCommaEN checks a subject whose party and state in parentheses
// are followed by a comma before the verb of saying, also after a fronted
// phrase that names a place in capitals.
func TestParenCommaEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"At a school in Harbor City, WA, after the vote, Gov. Tom Reyes (R-WA), said, “We will rebuild the pier.”": "Tom Reyes",
		"At a school in Harbor City, Gov. Tom Reyes (R-WA), said, “We will rebuild the pier.”":                     "Tom Reyes",
		"Gov. Tom Reyes (D-Ore.), said the pier would close.":                                                      "Tom Reyes",
	})
}
