package extract

import "testing"

// TestPlaceAttributeDE checks that a Vorfeld noun phrase with a place
// attribute ("Die Fraktion im Kreistag") is the subject of the verb of
// saying, so a noun after the verb is no speaker.
func TestPlaceAttributeDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Fraktion im Kreistag wirft dem Landrat Untätigkeit vor.":        "Fraktion",
		"Die Feuerwehr in der Gemeinde warnte Spaziergänger vor Eisbruch.":   "Feuerwehr",
		"Der Imkerverein aus Talheim kritisierte Pestizide auf den Feldern.": "Imkerverein",
	})
}
