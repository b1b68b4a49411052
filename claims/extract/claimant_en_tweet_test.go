package extract

import "testing"

// TestTweetAuthorEN checks the author of a quoted post signed with a name
// and a handle, and a signature line alone, which quotes nothing.
func TestTweetAuthorEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"The pier must close before the storm pic.twitter.com/abc — Ruth Okafor (@ruthokafor) May 2, 2019": "Ruth Okafor",
		"Ruth Okafor (@ruthokafor) The pier must close before the storm hits the town.":                    "Ruth Okafor",
		"— Ruth Okafor (@ruthokafor) May 2, 2019":                                                          "",
		"The pier must close (@harborwatch) before the storm.":                                             "",
	})
}
