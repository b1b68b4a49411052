package extract

import "testing"

// TestTradeFirmDE checks that a firm introduced by a compound trade noun
// without a legal form ("Der Landmaschinenhersteller Ackro") is the firm
// a later "das Unternehmen" names, and that a one-part trade noun before
// a person's name notes no firm.
func TestTradeFirmDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Der Landmaschinenhersteller Ackro hat mehr verdient. Der Gewinn stieg um neun Prozent, teilte das Unternehmen mit.": "Ackro",
		"Der Händler Ali Kaya verkauft Obst. Der Umsatz stieg um neun Prozent, teilte das Unternehmen mit.":                  "Unternehmen",
	})
}
