package extract

import "testing"

// TestErsatzPluralDE checks that a plural Konjunktiv II as main verb right
// after a unit with a speaker carries the speaker, and not at the end of
// a subordinate clause, in a question or after a unit without a speaker.
func TestErsatzPluralDE(t *testing.T) {
	const said = "„Wir öffnen bald“, sagte der Bürgermeister Paul Kolb. "
	checkLast(t, "de", map[string]string{
		said + "Die Bäder müssten aber noch gereinigt werden.":                     "Paul Kolb",
		said + "Unklar ist, ob die Bäder noch gereinigt werden müssten.":           "",
		said + "Müssten die Bäder nicht noch gereinigt werden?":                    "",
		said + "Das Wetter ist gut. Die Bäder müssten aber noch gereinigt werden.": "",
	})
}
