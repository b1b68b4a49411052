package extract

import "testing"

// TestItExpectsEN checks that "It expects …" after a firm's statement
// names the firm, as "It said …" does.
func TestItExpectsEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Norlake Foods Inc. said on Tuesday it would close two plants. The company said sales fell 8 percent. It expects revenue to decline by about 5 percent.": "Norlake Foods Inc",
	})
}
