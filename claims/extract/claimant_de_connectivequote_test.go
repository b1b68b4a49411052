package extract

import "testing"

// TestConnectiveQuoteDE checks that a quotation after "Aber:" or "Und:"
// keeps the speaker before, and that a quotation that does not fill the
// unit ("Und außerdem: „…“ wurde …") stays the author's.
func TestConnectiveQuoteDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"„Die Turnhalle ist zu klein“, sagt der Hausmeister Jan Ohm. Aber: „Für eine neue fehlt das Geld.“":                  "Jan Ohm",
		"„Die Station ist voll“, sagte die Ärztin Eva Lindner. Und: „Wir brauchen mehr Personal, sonst wird es gefährlich.“": "Eva Lindner",
		"„Die Station ist voll“, sagte die Ärztin Eva Lindner. Allerdings: „Niemand muss abgewiesen werden“.":                "Eva Lindner",
		"„Die Bühne bleibt zu“, sagte der Intendant Paul Wessel. Und außerdem: „Der Kirschgarten“ lief oft im Fernsehen.":    "",
	})
}
