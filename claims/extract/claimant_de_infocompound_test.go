package extract

import "testing"

// TestInfoCompoundDE checks a source named as the first part of a compound
// in "-Informationen" or "-Recherchen", and that such a compound without
// "nach" or "zufolge" names nobody.
func TestInfoCompoundDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Nach Nordkurier-Informationen hat sich eine Familie mit dem Wirt gestritten.": "Nordkurier",
		"Nordkurier-Recherchen zufolge ist der Damm seit Jahren marode.":               "Nordkurier",
		"Die Nordkurier-Informationen stammen aus dem Rathaus.":                        "",
	})
}
