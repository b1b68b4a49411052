package extract

import "testing"

// TestParticleSpeechEN checks particle verbs of speaking out ("opened up
// about", "opened up to", "sounded off", "pushed back on", "took issue
// with", "fired back") and the same verbs with an object ("opened up a
// shop", "pushed back the vote"), which are no speech.
func TestParticleSpeechEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Ann Lerwick, a harbor pilot, opened up about the new pier.":           "Ann Lerwick",
		"Tom Brandell, 41, opened up to the Kelby Gazette about his decision.": "Tom Brandell",
		"Tom Brandell sounded off against the ferry fees at the meeting.":      "Tom Brandell",
		"Mayor Ann Lerwick pushed back on that idea at the meeting.":           "Ann Lerwick",
		"Tom Brandell took issue with the new ferry fees.":                     "Tom Brandell",
		"Tom Brandell fired back with a short statement.":                      "Tom Brandell",
		"The council pushed back the vote on the pier to May.":                 "",
		"Tom Brandell opened up a new shop near the pier last spring.":         "",
	})
}
