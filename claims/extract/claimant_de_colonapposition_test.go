package extract

import "testing"

// TestAppositionColonDE checks that a person the unit introduces by a full
// name and an apposition before a colon and a quotation is the claimant
// wherever the name stands in the clause, and that a name without an
// apposition there is not.
func TestAppositionColonDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Deutlicher wird Greta Holmberg, die Sprecherin des Fährvereins: „Die Brücke kommt zu spät.“":                   "Greta Holmberg",
		"Zu den Preisen kann Arvid Lohse, Inhaber der Bäckerei am Markt, nichts sagen: „Das regelt der Steuerberater.“": "Arvid Lohse",
		"Am Abend sprach man im Saal auch über Arvid Lohse und den Markt: „Das regelt der Steuerberater.“":              "",
	})
}
