package extract

import "testing"

// TestStemNounDE checks that the capitalised stem of a separable verb of
// saying inside a sentence ("in den Räumen") is a noun, so the subject is
// no speaker, while the verb with its particle still gives one.
func TestStemNounDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Der Chor probt seit Jahren in den Räumen der alten Mühle von Walden.":       "",
		"Die Kinder der Schule von Walden frieren in den kalten Räumen.":             "",
		"Bürgermeisterin Lea Sandvoss räumt ein, dass die Kasse der Stadt leer sei.": "Lea Sandvoss",
	})
}
