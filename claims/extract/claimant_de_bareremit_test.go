package extract

import "testing"

// TestBareHeadRemitDE checks that a body named by a bare head noun and its
// remit ("das Institut für Bodenkunde") is the full name of a later "des
// Instituts".
func TestBareHeadRemitDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Das sagte Tim Kern vom Institut für Bodenkunde in Celle. Nach Berechnungen des Instituts sinkt der Grundwasserspiegel.": "Institut für Bodenkunde",
		"Das Amt für Denkmalpflege prüft den Fall. Das Amt teilte mit, das Haus sei nicht zu retten.":                            "Amt für Denkmalpflege",
	})
}
