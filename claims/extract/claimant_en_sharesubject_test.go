package extract

import "testing"

// TestShareClaimantEN: a share of people as the subject of "said" is no
// claimant.
func TestShareClaimantEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Support for the toll fell. Just 28 percent of commuters said they liked the plan.": "",
		"Support for the toll fell. 46% of commuters said the ferry was late.":              "",
		"Support for the toll fell. Some 30 per cent of drivers said the road was worse.":   "",
		"Support for the toll fell. Dana Holt said the ferry was late.":                     "Dana Holt",
	})
	for who, want := range map[string]string{
		"Just 28 percent of voters": "", "46% of voters": "", "Forty percent of voters": "", "Forty-six percent": "", "Party members": "Party members", "of commuters": "",
		"Seven percent": "", "28 Days Later": "28 Days Later", "Dana Holt": "Dana Holt", "": "",
	} {
		if got := shareClaimantEN(who); got != want {
			t.Errorf("shareClaimantEN(%q) = %q, want %q", who, got, want)
		}
	}
}
