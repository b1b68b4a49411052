package extract

import "testing"

// TestSupportsGerundEN checks "supports"/"opposes" with a gerund as a verb
// of taking a position whose subject is the claimant, and that a noun
// object, a relative clause and the past tense name no claimant.
func TestSupportsGerundEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"State Sen. Ann Lee, a Republican, supports raising the toll to six dollars.": "Ann Lee",
		"Tom Bell opposes closing the pier at Harbor City.":                           "Tom Bell",
		"Ann Lee supports the harbor workers.":                                        "",
		"The Harbor Fund, which supports building piers, met on Monday.":              "",
		"As a senator, Tom Bell opposed closing the pier.":                            "",
	})
}
