package extract

import "testing"

// TestObjectArticleAfterVerbDE checks that a phrase after a verb of
// saying whose article is accusative ("forderte den Rücktritt") or a
// singular indefinite one after a plural verb ("forderten eine Senkung")
// is no speaker, while subjects of the verb's number still are.
func TestObjectArticleAfterVerbDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Fischer blockierten mit ihren Kuttern den Hafen, forderten eine Senkung der Pacht und den Rücktritt des Hafenmeisters.": "",
		"Der Kegelclub tagte am Montag in Wendorf, verlangte einen Zuschuss der Gemeinde.":                                           "",
		"Der Hafen bleibt zu, teilte ein Sprecher der Stadt Wendorf mit.":                                                            "Sprecher der Stadt Wendorf",
	})
}
