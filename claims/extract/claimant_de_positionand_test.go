package extract

import "testing"

// TestPositionConjoinedDE checks two subjects joined by "und" before a
// verb of position: both are claimants.
func TestPositionConjoinedDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Das IOC und Japans Regierung halten jedoch an ihren Plänen fest.": "IOC; Japans Regierung",
		"Jan Roth und Eva Kühn halten den Plan für falsch.":                "Jan Roth; Eva Kühn",
		"Jan Roth hält den Plan für falsch.":                               "Jan Roth",
	})
}
