package extract

import "testing"

// TestRoleAppositionDE checks that a role noun with a place after it and
// the person's name in an apposition makes "der Bürgermeister" later that
// person, not the last man quoted.
func TestRoleAppositionDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Das Gericht verurteilte den früheren Bürgermeister von Obernau, Tom Weis, zu einer Geldstrafe. Sein Anwalt Paul Semmler sagte, das Urteil sei hart. „Ich bereue alles“, sagte der frühere Bürgermeister.": "Tom Weis",
		"Der Verband ehrte die Präsidentin des Ruderclubs Talheim, Lea Brandt, für ihre Arbeit. Ihr Kollege Max Roder sagte, die Ehrung sei verdient. „Ich freue mich sehr“, sagte die Präsidentin.":               "Lea Brandt",
		"Die Zeitung sprach mit dem Direktor der Musikschule Talheim, Jan Kessler, über das Jahr. Sein Kollege Max Roder sagte, es sei gut gelaufen. „Wir haben viel erreicht“, sagte der Direktor.":               "Jan Kessler",
	})
}
