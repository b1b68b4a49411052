package extract

import "testing"

// TestDescribedFirmDE checks that a firm's general noun with adjectives
// names the firm named before, whichever path found the noun, and that an
// adjective of contrast keeps the description.
func TestDescribedFirmDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Stadtwerke Talbach erhöhen die Preise. Das teilte das städtische Unternehmen am Dienstag mit.":     "Stadtwerke Talbach",
		"Die Kornfeld AG streicht 300 Stellen. Der angeschlagene Konzern kündigte das am Montag an.":            "Kornfeld AG",
		"Die Kornfeld AG streicht 300 Stellen. Wie der angeschlagene Konzern mitteilte, ist Talbach betroffen.": "Kornfeld AG",
	})
	d := &docState{descs: map[string]string{firmKeyDE: "Kornfeld AG"}}
	text := "Das andere Unternehmen kündigte an, die Preise zu senken."
	var z tokenizer
	toks := z.tokenize(text, lexDE)
	if got := d.describedFirmDE(toks, text, "Unternehmen"); got != "Unternehmen" {
		t.Errorf("a contrast adjective: got %q", got)
	}
}
