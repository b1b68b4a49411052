package extract

import "testing"

// TestPostedSpeechEN checks that "posted on <network> that" attributes the
// post to its author, and that "posted" with an object does not.
func TestPostedSpeechEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Mayor Odile Brask drew anger after she posted on Threadline that the pool would close.": "Odile Brask",
		"Councillor Ivo Renk posted on social media that the vote was rigged.":                   "Ivo Renk",
		"Halvor Freight posted a loss for the third quarter in a row.":                           "",
	})
}
