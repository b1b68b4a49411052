package extract

import "testing"

// TestGenitiveDerBodyDE checks that a body named with its owner in the
// feminine or plural genitive before the verb is the subject: in full
// without the owner when its name holds a capitalised adjective, with the
// owner when it is a head noun alone.
func TestGenitiveDerBodyDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Das Auswärtige Amt der Republik Talland empfiehlt allen Reisenden einen Mückenschutz.": "Auswärtiges Amt",
		"Auch das Außenministerium der Republik Talland kritisierte den Anschlag scharf.":       "Außenministerium der Republik Talland",
		"Das Gesundheitsministerium der Vereinigten Inseln teilte mit, es gebe keine Fälle.":    "Gesundheitsministerium der Vereinigten Inseln",
	})
}
