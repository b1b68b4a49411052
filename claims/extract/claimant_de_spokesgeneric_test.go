package extract

import "testing"

// TestSpokesGenericDE checks that a spokesperson of a body the text calls
// by a general noun in the genitive speaks for the body it last named in
// full with that noun: a ministry, a firm, a union introduced by its kind.
func TestSpokesGenericDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Das Verkehrsministerium prüft neue Brücken in Oberfelden. Die Pläne lägen vor, betonte ein Sprecher des Ministeriums.":         "Sprecher des Verkehrsministeriums",
		"Die Kellbach AG verlegt ihr Lager nach Rohrdorf. Ein Sprecher des Unternehmens bestätigte, der Umzug sei beschlossen.":         "Sprecher der Kellbach AG",
		"Die Gewerkschaft Holzbund ruft zum Streik auf. Eine Sprecherin der Gewerkschaft sagte, die Löhne seien zu niedrig.":            "Sprecherin der Gewerkschaft Holzbund",
		"Die norwegische Regierung plant eine Steuer auf Fisch. Ein Sprecher der Regierung sagte, der Entwurf sei fertig.":              "Sprecher der norwegischen Regierung",
		"Das Landesamt für Deiche sperrt den Damm bei Wurtholm. Eine Sprecherin des zuständigen Amts sagte, der Deich sei aufgeweicht.": "Sprecherin des Landesamts für Deiche",
		"Ein Sprecher der zuständigen Hafenwache Nord sagte, zwei Kräne seien beschädigt.":                                              "Sprecher der Hafenwache Nord",
		"Die Pläne lägen vor, betonte ein Sprecher des Ministeriums.":                                                                   "Sprecher des Ministeriums",
	})
}
