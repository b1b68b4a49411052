package extract

import "testing"

// TestPossessorNameDE checks that "Roths Anwalt Peter Kalb" as the subject
// names Peter Kalb; without a name after the noun the
// description stays.
func TestPossessorNameDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Der Wirt Jan Roth muss vor Gericht. Roths Anwalt Peter Kalb argumentierte, die Kasse sei korrekt geführt worden.": "Peter Kalb",
		"Die Wirtin Eva Lenz schweigt. Lenzs Nachbar Tom Weis sagte, der Streit sei alt.":                                  "Tom Weis",
		"Der Wirt Jan Roth schweigt. Roths Nachbar sagte, der Streit sei alt.":                                             "Roths Nachbar",
	})
}
