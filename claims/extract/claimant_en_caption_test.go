package extract

import "testing"

// TestPhotoCaptionEN checks that a person pictured in a caption (present
// tense, full date or a place in the picture) is no claimant, while
// running text in the past tense with the same date keeps its speaker.
func TestPhotoCaptionEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Lena Marsh speaks at a news conference, Monday, Feb. 18, 2019, in Harborton.":        "",
		"Sen. Dan Whitley, left, speaks as Ruth Okafor listens during a debate in Harborton.": "",
		"Lena Marsh said Monday, Feb. 18, 2019, that the pier would close.":                   "Lena Marsh",
		"Lena Marsh says the pier will close.":                                                "Lena Marsh",
	})
}
