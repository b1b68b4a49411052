package extract

import "testing"

// TestRoleAppositionDE checks that a role noun with a place after it and
// the person's name in an apposition makes "der Bürgermeister" later that
// person, not the last man quoted.
func TestRoleAppositionDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Das Gericht verurteilte den früheren Bürgermeister von Obernau, Tom Weis, zu einer Geldstrafe. Sein Anwalt Paul Semmler sagte, das Urteil sei hart. „Ich bereue alles“, sagte der frühere Bürgermeister.": "Tom Weis",
	})
}
