package extract

import "testing"

// TestClauseObjectDE checks that the noun right before a verb of saying
// that closes its clause is no speaker when the clause named its subject
// first, while a subject that opens the clause or a genitive of the
// subject still is.
func TestClauseObjectDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Der Bürgermeister Knut Halvers sprach im Festzelt. Ist das Halvers, der da hinten Sprüche sagt wie „prima“?": "",
		"Die Bäuerin Edda Lühr lacht oft. Sie lacht immer, wenn Lühr etwas besonders Albernes erzählt.":               "",
		"Als der Fährmann dem Zöllner seine Sorgen klagte, kam ein Boot.":                                             "",
		"Die Mieten in Bremen steigen weiter, wie Makler berichten.":                                                  "Makler",
		"Die Sprecher des Vereins der Kleingärtner berichten, die Beete seien verwüstet worden.":                      "Sprecher des Vereins der Kleingärtner",
	})
}
