package extract

import "testing"

// TestAccordingApposBodyEN checks a source described by a possessive and a
// noun, then named by an apposition to the sentence's end: the name.
func TestAccordingApposBodyEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Bus drivers walked out on Monday, according to their union, Drivers United.":          "Drivers United",
		"Dock workers will vote next week, according to their union, Unite the Dockers.":       "Unite the Dockers",
		"The plant will close in May, according to its parent company, Harwell Foods, which …": "Harwell Foods",
	})
}
