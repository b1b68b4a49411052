package extract

import "testing"

// TestReflexiveDafuerDE checks a reflexive verb of taking a position with
// "dafür" or "dagegen" for its "für" or "gegen" (invented sentences): "setzt
// sich dafür ein, dass …" takes a position, "setzt sich dagegen durch" (to
// prevail) does not.
func TestReflexiveDafuerDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Hanna Kolbe setzt sich seit Jahren dafür ein, dass die Bibliothek in Harbor City länger öffnet.": "Hanna Kolbe",
		"Die Ärztin Hanna Kolbe spricht sich dagegen aus, die Praxis in Harbor City zu schließen.":        "Hanna Kolbe",
		"Hanna Kolbe setzte sich dagegen am Ende im Rat von Harbor City knapp durch.":                     "",
	})
}
