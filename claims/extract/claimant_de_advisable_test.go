package extract

import "testing"

// TestSichAdvisableDE checks that "empfiehlt sich" (is advisable) names
// no speaker, while "empfiehlt" with an object still does.
func TestSichAdvisableDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Gerade im Sommer empfiehlt sich eine frühe Anreise.":     "",
		"Auch die frühe Buchung empfiehlt sich in diesem Sommer.": "",
		"Die Verbraucherzentrale empfiehlt eine frühe Anreise.":   "Verbraucherzentrale",
	})
}
