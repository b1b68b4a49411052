package extract

import "testing"

// TestLinkLabelEN checks that the headline of a linked page ("… Read
// more", "Related: …", "More: …") takes no claimant, while running text
// that mentions reading more does.
func TestLinkLabelEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"The board met on Monday.\n\nRuth Okafor says the pier must close before the storm Read more": "",
		"Related: Ruth Okafor says the pier must close before the storm":                              "",
		"More: Ruth Okafor says the pier must close before the storm":                                 "",
		"Ruth Okafor says the pier must close, and people should read more.":                          "Ruth Okafor",
	})
}
