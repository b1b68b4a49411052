package extract

import "testing"

// TestVorfeldRelativeWithQuoteDE checks that a quotation inside a relative
// clause of the subject leaves the subject the speaker, not the object
// after the verb.
func TestVorfeldRelativeWithQuoteDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Ulla Berg, die vor einem Monat mit einem „Vergleich“ für Schlagzeilen gesorgt hatte, kritisierte die Entscheidung der Fraktionsspitze.": "Ulla Berg",
	})
}
