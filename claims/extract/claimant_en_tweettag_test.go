package extract

import "testing"

// TestTweetTagAuthorEN checks the author attribute of a post's markup: the
// person whose name the handle spells, also after a prefix, else the
// handle as written; no author for other markup or a handle with a space.
func TestTweetTagAuthorEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Ruth Okafor spoke at the pier.\n\n<tweet id=\"1\" author=\"@RuthOkafor\" datetime=\"2019-05-02\">The ferry is back on time.</tweet>.":  "Ruth Okafor",
		"Ruth Okafor spoke at the pier.\n\n<tweet pic=\"\" author=\"realRuthOkafor\" tweet_id=\"2\">The ferry is back on time.</tweet>.":        "Ruth Okafor",
		"Ruth Okafor spoke at the pier.\n\n<tweet tweet-author=\"@harborwatch\" tweet-date=\"May 2, 2019\">The ferry is back on time.<tweet/>.": "@harborwatch",
		"Ruth Okafor spoke at the pier.\n\n<tweet id=\"3\" datetime=\"2019-05-02\">The ferry is back on time.</tweet>.":                         "",
	})
	for in, want := range map[string]string{
		`<tweet author="@a_b" id="1">x`: "@a_b",
		`<tweet author="a b" id="1">x`:  "",
		`<b author="@ab">x`:             "",
		`<tweet id="1">x author="@ab"`:  "",
	} {
		if got := tweetTagHandle(in); got != want {
			t.Errorf("tweetTagHandle(%q) = %q, want %q", in, got, want)
		}
	}
}
