package extract

import "testing"

// TestSpeechActDE checks that "hielt eine Rede" names the act of speaking,
// no claim, while its speaker stays the one a later pronoun refers to,
// and that "hält … für …" still takes a position.
func TestSpeechActDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Ministerin Hanna Kestner besuchte am Morgen den Hof. Am Nachmittag hielt Kestner dann eine Rede vor dem Bauernverband.": "",
		"Die Ministerin Hanna Kestner besuchte am Morgen den Hof. Kestner hielt eine ernste, eindringliche Ansprache.":               "",
		"Am Nachmittag hielt die Ministerin Hanna Kestner eine Rede vor dem Bauernverband. So bezeichnete sie den Plan als Irrweg.":  "Hanna Kestner",
		"Die Ministerin Hanna Kestner besuchte am Morgen den Hof. Kestner hält den Plan für falsch.":                                 "Hanna Kestner",
	})
}
