package extract

import "testing"

// TestSpokespersonEN checks that a spokesperson named with a body's name
// before the noun speaks, not the body.
func TestSpokespersonEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"A Harbor Council spokesman later said the vote would go ahead.":            "A Harbor Council spokesman",
		"The cuts will hit schools first, according to a State Office spokeswoman.": "a State Office spokeswoman",
	})
}
