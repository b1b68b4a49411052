package extract

import "testing"

// TestFloatingQuantifierEN: "all" or "both" between a subject of several
// names and its verb of saying keeps the names.
func TestFloatingQuantifierEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Ann Lee, Tom Bell and Sara Cole have all said the piers must close.":            "Ann Lee; Tom Bell; Sara Cole",
		"Port Director Ann Lee and Deputy Mayor Tom Bell both said the piers were safe.": "Ann Lee; Tom Bell",
		"Ann Lee and Tom Bell said the piers must close.":                                "Ann Lee; Tom Bell",
	})
}
