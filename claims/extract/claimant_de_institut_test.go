package extract

import "testing"

// TestInstitutHeadDE checks that "das Institut" / "des Instituts" name the
// institute the text named in full before.
func TestInstitutHeadDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Das Paul Weber-Institut empfiehlt zwei Impfungen. Nach Daten des Instituts sind viele geimpft.": "Paul Weber-Institut",
		"Das Landesinstitut für Schulqualität warnt. Das Institut erklärte, die Lage sei ernst.":         "Landesinstitut für Schulqualität",
	})
}
