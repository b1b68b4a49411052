package extract

import "testing"

// TestErsatzPluralDE checks that a plural Konjunktiv II (also a strong one
// with an umlaut: "entstünden", "verstünden") or a Konjunktiv I
// in "-e" as main verb right after a unit with a speaker carries the
// speaker, and not at the end of a subordinate clause, in a question,
// with "heißt es", for a preposition in "-e", or after a unit without a
// speaker.
func TestErsatzPluralDE(t *testing.T) {
	const said = "„Wir öffnen bald“, sagte der Bürgermeister Paul Kolb. "
	checkLast(t, "de", map[string]string{
		said + "Die Bäder müssten aber noch gereinigt werden.":                     "Paul Kolb",
		said + "Unklar ist, ob die Bäder noch gereinigt werden müssten.":           "",
		said + "Müssten die Bäder nicht noch gereinigt werden?":                    "",
		said + "Das Wetter ist gut. Die Bäder müssten aber noch gereinigt werden.": "",
		said + "Das Bad bekomme bis dahin ein neues Dach.":                         "Paul Kolb",
		said + "Das Bad bekomme ein neues Dach, heißt es.":                         "",
		said + "Die Preise stiegen infolge der Arbeiten.":                          "",
		said + "Mit dem Umbau entstünden der Stadt hohe Kosten.":                   "Paul Kolb",
		said + "Die Gäste verstünden die lange Pause aber gut.":                    "Paul Kolb",
	})
}
