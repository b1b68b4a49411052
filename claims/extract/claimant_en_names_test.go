package extract

import "testing"

// TestTitledSurnameEN checks that an office before a lone surname is kept
// as the fullest form when the text gives no first name, and only then.
func TestTitledSurnameEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"President Okafor spoke on Monday. “We will win,” Okafor said.":                       "President Okafor",
		"President Okafor spoke on Monday. “We will win,” he said.":                           "President Okafor",
		"President Ruth Okafor spoke on Monday. “We will win,” Okafor said.":                  "Ruth Okafor",
		"Mr. Okafor spoke on Monday. “We will win,” Okafor said.":                             "Okafor",
		"President Okafor spoke on Monday. Ruth Okafor spoke later. “We will win,” she said.": "Ruth Okafor",
	})
}

// TestLeadBeforeKnownEN checks that a word that opens no first name before
// a known surname makes no new person who would take the surname.
func TestLeadBeforeKnownEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Dan Whitley met the board. Had Whitley gone ahead, the vote would have failed. Whitley said the vote failed.": "Dan Whitley",
		"Dan Whitley met the board. Despite Whitley's warning, the vote went on. Whitley said the vote failed.":        "Dan Whitley",
		"Dan Whitley met the board. Ruth Whitley came too. Whitley said the vote failed.":                              "Ruth Whitley",
	})
}
