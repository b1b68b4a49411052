package extract

import "testing"

// TestRecallNotSayingDE checks that "ruft … zurück" (recalls a product)
// is no verb of saying, while "rief … auf" (called for) still is.
func TestRecallNotSayingDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Firma Holtkamp ruft ihr Modell in allen Größen zurück.": "",
		"Hersteller ruft Kindersitz zurück":                          "",
		"Die Firma Holtkamp rief die Kunden zur Vorsicht auf.":       "Holtkamp",
	})
}
