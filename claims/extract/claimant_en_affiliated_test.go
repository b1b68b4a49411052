package extract

import "testing"

// TestAffiliatedDescribedEN checks a described source placed with a body
// by a preposition: the whole description is the claimant, not the body;
// a name of the source's own after an adjective is still found otherwise.
func TestAffiliatedDescribedEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"A spokesman for the Harbor Police Department said the pier was closed.":           "A spokesman for the Harbor Police Department",
		"An official from the Harbor Health Department told reporters the water was safe.": "An official from the Harbor Health Department",
		"A more cautious Mayor Ann Lester said the pier was safe.":                         "Ann Lester",
	})
}
