package extract

import "testing"

// TestTitleModifierEN checks an office opened by a modifier ("Prime
// Minister", "Deputy Mayor"): never the modifier as claimant, and the
// name after the office after "according to".
func TestTitleModifierEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"The pier is closed. The Prime Minister told reporters the pier would reopen.":        "",
		"The pier is closed. The pier will reopen, the Deputy Mayor said.":                    "",
		"The pier is closed. The pier will reopen, according to Deputy Mayor Ruth Okafor.":    "Ruth Okafor",
		"The pier is closed. The pier will reopen, according to Chief Constable Ruth Okafor.": "Ruth Okafor",
		"The pier is closed. The painter Tom Constable said the pier would reopen.":           "Tom Constable",
	})
}
