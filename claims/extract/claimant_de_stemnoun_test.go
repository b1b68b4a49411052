package extract

import "testing"

// TestStemNounDE checks that the capitalised stem of a separable verb of
// saying inside a sentence ("in den Räumen") is a noun, so the subject is
// no speaker, while the verb with its particle still gives one.
func TestStemNounDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Lesung findet in den Räumen der Stadtbücherei Walden statt.":            "",
		"Die neue Regel gilt ab Montag auch in geschlossenen Räumen.":                "",
		"Bürgermeisterin Lea Sandvoss räumt ein, dass die Kasse der Stadt leer sei.": "Lea Sandvoss",
	})
}
