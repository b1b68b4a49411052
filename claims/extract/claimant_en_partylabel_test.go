package extract

import "testing"

// TestPartyLabelEN checks a party label written before a name as a title,
// and the same word opening the name of a body or before lower-case words.
func TestPartyLabelEN(t *testing.T) {
	for in, want := range map[string]string{
		"Republican Dora Vance":              "Dora Vance",
		"Republican National Committee":      "Republican National Committee",
		"Republican Party officials":         "Republican Party officials",
		"Republican Vance":                   "Republican Vance",
		"House Budget Republican Dora Vance": "Dora Vance",
	} {
		if got := partyLeadEN(in); got != want {
			t.Errorf("partyLeadEN(%q) = %q, want %q", in, got, want)
		}
	}
	checkLast(t, "en", map[string]string{
		"Republican Dora Vance spoke on Monday. “The pier must close,” Vance said.": "Dora Vance",
	})
}
