package extract

import "testing"

// TestPlaceBodyDE checks that "die Stadt X" after "der Flughafen X" stays
// the town, not the airport named before with the same last word, and that
// a description and surname still give the person named in full.
func TestPlaceBodyDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Der Flughafen Merlingen meldete Ausfälle. Die Stadt Merlingen kündigte an, zusätzliche Busse einzusetzen.":       "Stadt Merlingen",
		"Der Landkreis Obertal sagte, die Straße sei frei. Die Gemeinde Obertal erklärte, die Schule bleibe geschlossen.": "Gemeinde Obertal",
	})
}

// TestPlaceBodyHeadingDE checks that a town or district named without its
// article ("Stadt Merlingen" in a heading) is no person: a later "Er"
// does not refer to it, and still refers to a man named.
func TestPlaceBodyHeadingDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Stadt Merlingen erhöht die Parkgebühren\n\nDer Handelsverband sieht das anders. Er befürchtet, dass 40 Läden schließen.":            "",
		"Bezirk Obertal schließt zwei Bäder\n\nDer Handelsverband sieht das anders. Er befürchtet, dass 40 Vereine leiden.":                  "",
		"Stadt Merlingen erhöht die Parkgebühren\n\nMartin Vogl vom Handelsverband kritisierte das. Er befürchtet, dass 40 Läden schließen.": "Martin Vogl",
	})
}
