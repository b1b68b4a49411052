package extract

import "testing"

// TestQuotedPhraseNameDE checks that a body whose name is a quoted phrase is
// the claimant whole.
func TestQuotedPhraseNameDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Laut der „Aktion Hafen hilft“ wurden am Montag 400 Decken verteilt.":               "Aktion Hafen hilft",
		"Die Initiative „Wohnen statt Warten“ kritisierte, dass 300 Wohnungen leer stehen.": "Wohnen statt Warten",
	})
}
