package extract

import "testing"

// TestFirmPluralEN checks that a firm's name ending in a plural noun for
// firms ("Products", "Industries") keeps its first word when the text
// also writes that word alone before a lower-case verb.
func TestFirmPluralEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Brightway recalls space heaters after fires. Brightway Home Products said on Friday that it had received twelve reports.": "Brightway Home Products",
		"Kessel expands its plant. Kessel Steel Industries said on Friday that it would hire 200 workers.":                         "Kessel Steel Industries",
	})
}
