package extract

import "testing"

// TestPossessiveGovernmentEN checks that "X's government" with a verb of
// taking a position is the claimant as written.
func TestPossessiveGovernmentEN(t *testing.T) {
	const before = "The border stayed closed all winter. "
	checkLast(t, "en", map[string]string{
		before + "Tarvia's government rejected the proposal.": "Tarvia's government",
	})
}
