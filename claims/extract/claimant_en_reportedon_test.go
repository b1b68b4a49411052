package extract

import "testing"

// TestReportedOnEN checks "reported on" a topic as an act the author
// narrates, with no claimant; "reported on Monday that …" keeps it.
func TestReportedOnEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"On Friday, the Velden Port Authority reports on the ferry traffic for March.":          "",
		"The Velden Courier and the Harbor Post each reported on a meeting of the ferry board.": "",
		"The Velden Courier reported on Monday that the ferry board had met in secret.":         "The Velden Courier",
	})
}
