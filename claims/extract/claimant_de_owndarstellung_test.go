package extract

import "testing"

// TestOwnDarstellungDE checks "nach eigener Darstellung" and its kin
// ("Auskunft", "Zählung") as "nach eigenen Angaben": the subject of the
// clause is the source; "nach eigener Erfahrung" names nobody.
func TestOwnDarstellungDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Küstenwache hat nach eigener Darstellung in der Nacht 40 Menschen gerettet.": "Küstenwache",
		"Nach eigener Zählung erhielt der Tierschutzverein im Mai 300 Anrufe.":            "Tierschutzverein",
		"Die Küstenwache hat nach eigener Erfahrung im Sommer mehr Einsätze.":             "",
	})
}
