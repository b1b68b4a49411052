package extract

import "testing"

// TestOrgPrefixDE checks that "IG" before a name stays part of the body's
// name and is not stripped as a title.
func TestOrgPrefixDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die IG Holz Westfalen kritisierte den Tarifabschluss.":                                  "IG Holz Westfalen",
		"Der Sprecher der IG Holz Westfalen, Paul Brenner, sagte, der Abschluss sei zu niedrig.": "Paul Brenner",
	})
}
