package extract

import "testing"

// TestModalSayDE checks that "konnte sie nicht sagen" names the person the
// pronoun refers to, and that a modal with an infinitive and no "nicht"
// names none.
func TestModalSayDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Halle sei gesperrt, sagte die Sprecherin Vera Lindt. Ob sie im Mai öffnet, konnte sie nicht sagen.": "Vera Lindt",
		"Ole Brix spielt seit Jahren Handball. Mittlerweile kann er zwar passabel werfen.":                       "",
	})
}
