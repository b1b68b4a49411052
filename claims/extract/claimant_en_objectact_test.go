package extract

import "testing"

// TestObjectActEN checks that "asked", "proposed", "backed" and
// "promised" with a noun phrase as object and no clause report an act
// (no claimant), while "proposed that …" and "…, saying …" keep their
// speaker.
func TestObjectActEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"The Westmark ferry union backed the strike on Monday.":                                       "",
		"Members of the Westmark council asked the auditor to review the ferry accounts.":             "",
		"Senator Ivo Brandt proposed a budget for the coming year.":                                   "",
		"Mayor Ana Quillon proposed that the pier reopen in May.":                                     "Ana Quillon",
		"Norlake Foods proposed a merger on Monday, saying sales had risen by a tenth.":               "Norlake Foods",
		"Senator Ivo Brandt spoke first. He proposed a budget. “It will balance the books,” he said.": "Ivo Brandt",
	})
}
