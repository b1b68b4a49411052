package extract

import "testing"

// TestConjunctionLeadEN checks a one-word name after "But" or "And"
// opening the sentence, and a product's name that is no fuller name of
// its maker.
func TestConjunctionLeadEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"But Veltron said the recall was over.":                        "Veltron",
		"And Veltron said the recall was over.":                        "Veltron",
		"The Veltron X200 was recalled. But Veltron said it was safe.": "Veltron",
		"But Ann Lee said the recall was over.":                        "Ann Lee",
	})
}
