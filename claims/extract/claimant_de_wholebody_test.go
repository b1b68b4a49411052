package extract

import "testing"

// TestWholeBodyNameDE checks that the first word of a body's name that ends
// in a legal form or an English body's head noun stays in the claimant
// after a German article, while a noun of person before a name still goes.
func TestWholeBodyNameDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Der Betrieb solle weiterlaufen, teilte die Lena Korff GmbH mit.":               "Lena Korff GmbH",
		"Laut der Lena Korff GmbH laufe der Betrieb weiter.":                            "Lena Korff GmbH",
		"Die Signale würden gestört, sagte die Nordic Harbour Corporation.":             "Nordic Harbour Corporation",
		"Die Ama Tell University teilte mit, das Labor bleibe geschlossen.":             "Ama Tell University",
		"Wie viele Kunden kommen, schätzt der Inhaber Jonas Brandt auf 300 am Tag.":     "Jonas Brandt",
		"Die Lage sei ernst, sagte der Westerauer Landrat Christian Brenner am Montag.": "Christian Brenner",
	})
	for name, want := range map[string]bool{
		"Lena Korff GmbH": true, "Nordic Harbour Corporation": true, "Korff GmbH": false, "Inhaber Jonas Brandt": false,
	} {
		if got := wholeBodyNameDE(name); got != want {
			t.Errorf("wholeBodyNameDE(%q) = %v, want %v", name, got, want)
		}
	}
}
