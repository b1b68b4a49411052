package extract

import "testing"

// TestCourtFindingEN checks a court's or a jury's finding as a fact the
// author narrates, with no claimant; a person who found something keeps
// the claim.
func TestCourtFindingEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"The Velden appeals court on Monday found that the ferry company had broken its contract.": "",
		"A jury found the ferry captain not guilty of reckless sailing.":                           "",
		"Harbor inspector Pia Moll found that the ferry's hull was cracked.":                       "Pia Moll",
	})
}
