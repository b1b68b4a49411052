package extract

import "testing"

// TestVoicedStanceEN checks "expressed"/"voiced" with a noun of attitude
// as a verb of taking a position whose subject is the claimant, and not
// without such a noun, in a passive or after "which".
func TestVoicedStanceEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Mayor Ana Quillon expressed concern that the ferry fees would double.":         "Ana Quillon",
		"Councilwoman Greta Vardell voiced her frustration at the delay of the bridge.": "Greta Vardell",
		"Senator Tomas Brevik has expressed cautious optimism about the harbor deal.":   "Tomas Brevik",
		"The courier expressed the parcels to Lindvale on Monday.":                      "",
		"Concern was expressed about the cost of the pier.":                             "",
	})
}
