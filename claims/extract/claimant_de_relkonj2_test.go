package extract

import "testing"

// TestRelativeKonj2DE checks that narration in the indicative whose only
// Konjunktiv II stands in a relative clause does not carry the speaker
// quoted before, while Konjunktiv I in the main clause still does.
func TestRelativeKonj2DE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"„Die Küche bleibt offen“, sagte die Reederin Mara Lindqvist am Dienstag. " +
			"Am Abend legte die Fähre ohne die beiden Köche ab, die eigentlich an Bord hätten sein müssen.": "",
		"„Die Küche bleibt offen“, sagte die Reederin Mara Lindqvist am Dienstag. " +
			"Die beiden Köche seien ohne Abmeldung gegangen.": "Mara Lindqvist",
	})
}
