package extract

import "testing"

// TestBodyApposEN checks that a name in apposition to "the company …" is
// the body a later "the firm said" refers to.
func TestBodyApposEN(t *testing.T) {
	const before = "The river turned brown in June. "
	checkLast(t, "en", map[string]string{
		before + "The firm that built the dam, Halden Works, denied any fault. Later, the firm said the dam was safe.": "Halden Works",
	})
}
