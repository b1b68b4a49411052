package extract

import "testing"

// TestHighlightsAuthorEN checks that a summary line "Story highlights
// <name>: <claim>" names its author, and that a line without a name and
// colon names nobody.
func TestHighlightsAuthorEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Story highlights Ana Quillon: The pier tax will hurt farmers across the county":    "Ana Quillon",
		"Story highlights Tomas K. Reyk: Road noise costs older residents an hour of sleep": "Tomas K. Reyk",
		"Story highlights The ferry ran late for the third week in a row":                   "",
	})
}
