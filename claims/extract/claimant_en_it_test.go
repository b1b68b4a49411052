package extract

import "testing"

// TestItBodyEN checks that "it" as the subject of a verb of saying refers
// to the body last quoted, and names nobody when no body was quoted or
// the verb names another act.
func TestItBodyEN(t *testing.T) {
	const before = "The pier will close, the Harbor Trust Foundation said on Monday. "
	checkLast(t, "en", map[string]string{
		before + "It said the rails were unsafe.":         "Harbor Trust Foundation",
		before + "The rails were unsafe, it added.":       "Harbor Trust Foundation",
		before + "It maintains the rails.":                "",
		"The pier is old. It said the rails were unsafe.": "",
	})
}
