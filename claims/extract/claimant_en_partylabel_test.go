package extract

import "testing"

// TestPartyLabelEN checks a party label written before a name as a title,
// and the same word before lower-case words, which names a group.
func TestPartyLabelEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Republican Dora Vance said the pier must close.":                    "Dora Vance",
		"House Intelligence Republican Dora Vance said the pier must close.": "Dora Vance",
		"Republican Party officials said the pier must close.":               "Republican Party officials",
	})
}
