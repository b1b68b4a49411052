package extract

import "testing"

// TestRelativeVorfeldDE checks that a noun phrase with a genitive and a
// relative clause before "sagte, …" is the speaker, and that a verb with
// no statement after it names none.
func TestRelativeVorfeldDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Der Vorsitzende des Kleingartenvereins, der seit 2010 im Amt ist, sagte, der Platz sei zu klein.": "Vorsitzende des Kleingartenvereins",
		"Die Leiterin der Grundschule, die den Brief unterschrieben hat, erklärte: „Wir brauchen Hilfe.“":  "Leiterin der Grundschule",
		"Die wenigen Bäcker, die noch geöffnet haben, verlangen höhere Preise.":                            "",
	})
}
