package extract

import "testing"

// TestAmpersandName checks that a name joined by a free-standing "&"
// stays one name.
func TestAmpersandName(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Stadt plant neue Regeln. Sie würden Investitionen bremsen, warnte der Verband Heim & Hof.": "Heim & Hof",
	})
	checkLast(t, "en", map[string]string{
		"The city plans new rules. Barker & Lane said sales rose 5 percent.": "Barker & Lane",
	})
}
