package extract

import "testing"

// TestQuotedOneDE checks that the one a medium quotes is the claimant of
// "…, wird X zitiert" and "…, zitiert Y X", not the medium.
func TestQuotedOneDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Am Montag sprach Hanna Kolbe vor dem Rat. „Das war kein Test“, wird Kolbe von der Nachrichtenagentur Harbor Press zitiert.": "Hanna Kolbe",
		"Am Montag tagte der Rat. „Wir sind Zeugen“, zitierte man Ann Lee vom Sender Harbor TV.":                                     "Ann Lee",
		"Am Montag tagte der Rat. „Wir sind Zeugen“, zitierte die Zeitung Harbor Post die Ministerin Hanna Kolbe.":                   "Hanna Kolbe",
		"Die Jury des Harbor-Preises lobte Kolbe. Sie sei gut, wird die Jury in einer Mitteilung des Stifterverbands zitiert.":       "Jury des Harbor-Preises",
		// the medium quotes from a letter: no one quoted by name
		"Am Montag tagte der Rat. „Wir sind Zeugen“, zitierte die Zeitung Harbor Post aus einem Brief.": "Harbor Post",
	})
}
