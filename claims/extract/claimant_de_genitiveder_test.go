package extract

import "testing"

// TestGenitiveDerBodyDE checks that a body named with its owner in the
// feminine or plural genitive before the verb is the subject: in full
// without the owner when its name holds a capitalised adjective, with the
// owner when it is a head noun alone.
func TestGenitiveDerBodyDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Das Statistische Amt der Republik Talland meldet für März weniger Geburten.":       "Statistisches Amt",
		"Auch das Umweltministerium der Republik Talland warnte vor dem Verzehr der Pilze.": "Umweltministerium der Republik Talland",
		"Das Verkehrsministerium der Vereinigten Inseln teilte mit, die Fähre falle aus.":   "Verkehrsministerium der Vereinigten Inseln",
	})
}
