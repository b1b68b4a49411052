package extract

import "testing"

// TestBodyVorfeldDE checks that a body opening the sentence before a verb
// of praise or position is the claimant, not the person named after the
// verb, and that a fronted object still leaves the person as speaker.
func TestBodyVorfeldDE(t *testing.T) {
	const lead = "Die Ministerin Ute Harmsen tritt zurück. Sie war acht Jahre im Amt. "
	checkLast(t, "de", map[string]string{
		lead + "Die Staatskanzlei würdigte Harmsen als verlässliche Partnerin.": "Staatskanzlei",
		lead + "Der Vorstand lobte Harmsen für ihre Arbeit.":                    "Vorstand",
		lead + "Die Fraktion kritisierte Harmsen scharf.":                       "Fraktion",
		lead + "Konkrete Zahlen nannte Harmsen nicht.":                          "Ute Harmsen",
	})
}
