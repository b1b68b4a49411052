package extract

import "testing"

// TestAppositionColonDE checks that a person the unit introduces by a full
// name and an apposition before a colon and a quotation is the claimant
// wherever the name stands in the clause, and that a name without an
// apposition there is not.
func TestAppositionColonDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Am Ende meldet sich Greta Holmberg, die Kassenwartin des Fährvereins, zu Wort: „Die Brücke kommt zu spät.“": "Greta Holmberg",
		"Nach der Sitzung schüttelt Arvid Lohse, der älteste Fischer im Ort, den Kopf: „Der Hafen ist zu klein.“":    "Arvid Lohse",
		"Am Abend sprach man im Saal auch über Arvid Lohse und den Hafen: „Der Hafen ist zu klein.“":                 "",
	})
}
