package extract

import "testing"

// TestPossessiveAgentEN checks a subject of a name in the possessive and
// a noun of those who speak for someone: the phrase as written, not the
// person; a possessive before another noun ("Lee's plan") names no
// speaker this way.
func TestPossessiveAgentEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Dora Vance toured the pier on Monday. Vance’s campaign said the tour was a success.":            "Vance’s campaign",
		"The ferry contract was signed in May. Ruth Okafor's lawyers argued that the contract was void.": "Ruth Okafor's lawyers",
		"In a statement, Vance's office has said the pier will stay open.":                               "Vance's office",
	})
	var z tokenizer
	text := "Vance's plan said nothing about the pier."
	if got := possessiveAgentEN(z.tokenize(text, lexEN), text, 2); got != "" {
		t.Errorf("a possessive before a noun of no speaker: %q", got)
	}
}
