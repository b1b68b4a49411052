package extract

import "testing"

// TestVerweistDE checks that "verwies/verweist auf" (pointed to) names its
// subject as the speaker, a person or a body.
func TestVerweistDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Ministerin Jana Kolbe besuchte den Hafen. Kolbe verwies darauf, dass der Hafen bald größer werde.":       "Jana Kolbe",
		"Der Hafen von Talberg wird größer. Der Bürgermeister Olaf Rinn verweist auf die hohen Kosten der Baustelle.": "Olaf Rinn",
	})
}
