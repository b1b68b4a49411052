package extract

import "testing"

// TestGroupAdverbEN checks that an adverb of time or focus between a group
// and its verb of saying ("recently told", "later said") leaves the group
// as the claimant.
func TestGroupAdverbEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Harbor insiders recently told reporters they planned to respond to the toll.": "Harbor insiders",
		"Port workers later said the pier was unsafe.":                                 "Port workers",
	})
}
