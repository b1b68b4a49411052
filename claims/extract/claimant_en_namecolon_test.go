package extract

import "testing"

// TestFullNameColonEN checks a full name before a colon and quoted words
// that opens a unit, as headlines attribute a statement: the named person
// speaks; with no quotation after the colon (a topic), with only an
// apostrophe inside a word, or with a surname alone, nobody does.
func TestFullNameColonEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Ruth Okafor: Farmers will pay ‘every cent’ of the new harbor tax":  "Ruth Okafor",
		"Ruth Okafor: “Farmers will pay every cent of the new harbor tax.”": "Ruth Okafor",
		"Ruth Okafor: hero or villain of the new harbor tax?":               "",
		"Ruth Okafor: the harbor’s farmers and the new tax on their crops":  "",
		"Okafor: Farmers will pay ‘every cent’ of the new harbor tax":       "",
	})
}
