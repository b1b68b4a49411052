package extract

import "testing"

// TestAccordingApposEN checks that a name set off by commas after a
// described source of "according to" is the claimant.
func TestAccordingApposEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"According to the agency's deputy director, Tom Bell, the fund ran out in May.": "Tom Bell",
		"According to the town's chief planner, Ruth Ode, the bridge will reopen.":      "Ruth Ode",
		"According to the agency's deputy director, the fund ran out in May.":           "agency's deputy director",
	})
}
