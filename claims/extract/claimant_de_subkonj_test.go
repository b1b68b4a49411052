package extract

import "testing"

// TestSubordinateKonjDE checks that a unit a narrated unit after the
// speaker whose only Konjunktiv stands in a clause after "weil", "ob" or
// a preposition with a relative pronoun does not carry the speaker, while
// a Konjunktiv in the main clause still does.
func TestSubordinateKonjDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Imkerin Wiebke Sand sagte, der Sommer sei zu trocken. Der Verein hat vierzig Mitglieder. Die Gemeinde Nordheim mäht die Wegränder nur noch zweimal im Jahr, weil häufiges Mähen den Bienen schade.": "",
		"Die Imkerin Wiebke Sand sagte, der Sommer sei zu trocken. Der Verein hat vierzig Mitglieder. Der Vorstand des Vereins prüft nun, ob eine zweite Wiese zu pachten sei.":                                  "",
		"Die Imkerin Wiebke Sand sagte, der Sommer sei zu trocken. Der Verein hat vierzig Mitglieder. Im Frühjahr sei das Mähen verboten worden, weil es den Bienen schade.":                                     "Wiebke Sand",
	})
}
