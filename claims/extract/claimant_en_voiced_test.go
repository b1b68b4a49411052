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

// TestCitedStanceEN checks "cited"/"cites" with a person as its subject as
// a verb of taking a position, and not as a participle or after a noun.
func TestCitedStanceEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Tom Brandell said the tolls were high. He cited the closure of the old pier.": "Tom Brandell",
		"Mayor Ann Lerwick cites the falling ferry fares.":                             "Ann Lerwick",
		"The Dunmore Tolls Office cited in the letter does not exist.":                 "",
		"The report cited figures from the harbor board.":                              "",
	})
}
