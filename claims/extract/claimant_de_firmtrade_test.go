package extract

import "testing"

// TestFirmTradeNounDE checks a noun of a firm's trade after a person spoke:
// the firm's noun, not the person; a noun of person still names them.
func TestFirmTradeNounDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Der Bürgermeister Tomas Reiner sagte, die Brücke sei gesperrt. Der örtliche Wasserversorger erklärte am Abend, rund 3.000 Haushalte seien ohne Wasser.": "örtlicher Wasserversorger",
		"Der Landrat Kai Brunn sagte, die Straße sei gesperrt. Der Netzbetreiber teilte mit, 400 Masten seien beschädigt.":                                       "Netzbetreiber",
		"Der Landrat Kai Brunn sagte, die Straße sei gesperrt. Der Mediziner erklärte, 40 Menschen seien verletzt.":                                              "Kai Brunn",
	})
}
