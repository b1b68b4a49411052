package extract

import "testing"

// TestTweetSignatureAloneEN checks a post's signature that stands alone
// after the post's words: its author is the claimant; a signature that
// opens a text still signs nothing (TestTweetAuthorEN).
func TestTweetSignatureAloneEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"The ferry to Kelby Island will stop at noon because of the gale.\n\n— Ruth Okafor (@ruthokafor) May 2, 2019": "Ruth Okafor",
		"Harbor tolls rose by a third this year.\n\n— Dan Whitley (@danwhitley) June 9, 2020":                         "Dan Whitley",
		"— Dan Whitley (@danwhitley) June 9, 2020":                                                                    "",
	})
}
