package extract

import "testing"

// TestAccordingDocEN checks that "according to the <document>" names the
// issuer the text gave the document.
func TestAccordingDocEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Ann Lee wrote in a letter to the council that the pier was unsafe. The pier had been closed twice, according to the letter.": "Ann Lee",
		"Ann Lee wrote in a letter to the council that the pier was unsafe. According to the letter, the pier had been closed twice.": "Ann Lee",
	})
}
