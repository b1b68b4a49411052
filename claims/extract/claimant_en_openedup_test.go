package extract

import "testing"

// TestParticleSpeechEN checks particle verbs of speaking out ("opened up
// about", "opened up to", "sounded off") and "opened up" with an object,
// which is no speech.
func TestParticleSpeechEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Ann Lerwick, a harbor pilot, opened up about the new pier.":           "Ann Lerwick",
		"Tom Brandell, 41, opened up to the Kelby Gazette about his decision.": "Tom Brandell",
		"Tom Brandell sounded off against the ferry fees at the meeting.":      "Tom Brandell",
		"Tom Brandell opened up a new shop near the pier last spring.":         "",
	})
}
