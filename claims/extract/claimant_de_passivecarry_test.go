package extract

import "testing"

// TestAgentlessPassiveCarryDE checks that Konjunktiv-I speech whose only
// verb of saying is a passive with no agent goes on in the voice of the
// last speaker, and that an indicative passive main clause or a passive
// with an agent does not.
func TestAgentlessPassiveCarryDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Der Hausmeister Jan Ohm sagte, die Turnhalle sei zu klein. Erst nachdem darüber berichtet worden war, habe die Stadt reagiert.": "Jan Ohm",
		"Die Ärztin Eva Lindner sagte, die Station sei voll. Schwierig sei es, wenn behauptet werde, die Lage sei ruhig.":                "Eva Lindner",
		"Die Ärztin Eva Lindner sagte, die Station sei voll. Ein zweites Heim sei ihr im Rathaus empfohlen worden.":                      "Eva Lindner",
		"Die Ärztin Eva Lindner sagte, die Station sei voll. So wird in einem Brief gefordert, dass die Stadt mehr zahle.":               "",
		"Die Ärztin Eva Lindner sagte, die Station sei voll. Die Zahl sei von der Polizei bestätigt worden.":                             "",
	})
}
