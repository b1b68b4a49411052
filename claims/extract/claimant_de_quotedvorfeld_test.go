package extract

import "testing"

// TestQuotedVorfeldDE checks "nach eigenen Angaben" after a body whose
// name stands in quotation marks, and that lower-case words inside the
// marks are not read as the verb.
func TestQuotedVorfeldDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Der Verein „Alte Mühle“ hat nach eigenen Angaben 300 Mitglieder.":           "Verein",
		"Der Verein „Freunde der Mühle“ hat nach eigenen Angaben 300 Mitglieder.":    "Verein",
		"Der Sommer war heiß, „Alte Mühle“ hat nach eigenen Angaben 300 Mitglieder.": "",
	})
}
