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
