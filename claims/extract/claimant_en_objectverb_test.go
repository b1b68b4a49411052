package extract

import "testing"

// TestObjectAfterVerbEN checks that a verb of taking a position with an
// object after a comma is not read as inverted ("…, defended the Harbor
// Safety Act", "…, accused Tom Bell of"), while "…,” said Tom Bell" and
// "“…?” questioned Tom Bell" still are.
func TestObjectAfterVerbEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Tom Bell, the Harlow port spokesman, defended the Harbor Safety Act in a news briefing Tuesday.":         "Tom Bell",
		"Mayor Ann Lee, D-Harlow, praised the Harbor Council's handling of the flood.":                            "Ann Lee",
		"“The pier will reopen in May,” said Tom Bell.":                                                           "Tom Bell",
		"The council's top Democrat, Rep. Ann Lee of Harlow, accused Tom Bell of setting an impossible standard.": "Ann Lee",
		"“Why now?” questioned Tom Bell.":                                                                         "Tom Bell",
	})
}
