package extract

import "testing"

// TestGroupRelativeEN checks that a relative clause between a lower-case
// group or body and its verb of saying leaves the group the claimant.
func TestGroupRelativeEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"The parish council, which had backed the bypass, said it would now oppose it.":       "parish council",
		"Local farmers, who lost most of the harvest, said the dam had been opened too late.": "Local farmers",
	})
}
