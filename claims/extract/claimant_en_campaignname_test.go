package extract

import "testing"

// TestCampaignNameEN checks that a campaign's name opened by an
// imperative and "the" is the claimant whole, and that "the" after
// another capitalised word adds nothing to the name.
func TestCampaignNameEN(t *testing.T) {
	const before = "Rain fell on the harbor on Monday. "
	checkLast(t, "en", map[string]string{
		before + "Save the Kelmont Pier, a group of anglers, said 40 boats sank.":                               "Save the Kelmont Pier",
		before + "The Keep the Ferry Coalition said 9,000 people signed.":                                       "Keep the Ferry Coalition",
		"Tom Kelmont said the pier would save money. Save the Kelmont, a group of anglers, said 40 boats sank.": "Save the Kelmont",
		before + "Under the Harbour Act, Ann Corrow said, fees rose 4 percent.":                                 "Ann Corrow",
	})
}
