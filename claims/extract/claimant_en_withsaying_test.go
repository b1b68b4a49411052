package extract

import "testing"

// TestWithSayingEN checks that the subject of an absolute phrase with a
// participle of saying ("…, with Ann Lee saying that …") makes the claim,
// and that one with another participle names no speaker.
func TestWithSayingEN(t *testing.T) {
	before := "The vote was close. "
	checkLast(t, "en", map[string]string{
		before + "But others were less hopeful, with Democratic Rep. Ann Lee of Harbor City saying Saturday that the deal would fail.": "Ann Lee",
		before + "Republicans were quick to chime in, with Ann Lee tweeting that it was a disaster for the port.":                      "Ann Lee",
		before + "The port reopened on Monday, with Ann Lee watching from the pier in Harbor City.":                                    "",
	})
}
