package extract

import "testing"

// TestOwnRanksDE checks that a stance noun coming from a group named only
// by "eigen" has no source.
func TestOwnRanksDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Widerspruch kam auch aus den eigenen Reihen.": "",
		"Kritik kam von eigener Seite.":                "",
		"Kritik kam auch vom Landesverband Nordheide.": "Landesverband Nordheide",
	})
}
