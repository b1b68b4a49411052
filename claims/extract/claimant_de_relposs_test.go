package extract

import "testing"

// TestRelativePossessiveSourceDE checks that "nach deren Einschätzung"
// names the source the unit before named, and nobody when no unit did.
func TestRelativePossessiveSourceDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Rettungswacht Nord widerspricht. Nach deren Einschätzung fehlen 40 Wachen.":  "Rettungswacht Nord",
		"Der Fährverband Ost warnte vor Ausfällen. Nach dessen Angaben fehlen 40 Fähren.": "Fährverband Ost",
		"Es regnet seit Tagen. Nach deren Einschätzung fehlen 40 Wachen.":                 "",
	})
}
