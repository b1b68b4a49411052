package extract

import "testing"

// TestSpeechActDE checks that "hielt eine Rede" names the act of speaking,
// no claim, while its speaker stays the one a later pronoun refers to,
// and that "hält … für …" still takes a position.
func TestSpeechActDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Ministerin Hanna Kestner besuchte am Morgen den Hof. Beim Festakt im Rathaus hielt Kestner eine kurze Rede.":          "",
		"Die Ministerin Hanna Kestner besuchte am Morgen den Hof. Zum Jubiläum hielt Kestner die Festansprache.":                   "",
		"Beim Festakt im Rathaus hielt die Ministerin Hanna Kestner eine kurze Rede. Danach sagte sie, die Feuerwehr leiste viel.": "Hanna Kestner",
		"Die Ministerin Hanna Kestner besuchte am Morgen den Hof. Kestner hält den Plan für falsch.":                               "Hanna Kestner",
	})
}
