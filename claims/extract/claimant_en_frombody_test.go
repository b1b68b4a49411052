package extract

import "testing"

// TestDescribedBodyAtEN checks that a body described in lower case after
// "according to … from/by" is the claimant up to its noun.
func TestDescribedBodyAtEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"The harvest fell by 34 percent, according to preliminary data from the national statistics office released on Thursday.": "national statistics office",
		"The harvest fell by 34 percent, according to figures released by the statistics office on Thursday.":                     "statistics office",
		"The harvest fell by 34 percent, according to data from the harvest of last year.":                                        "",
	})
}
