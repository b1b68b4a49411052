package extract

import "testing"

// TestNewspaperTheEN checks that a newspaper's title keeps its article
// when the sentence opens with it, and that another body does not.
func TestNewspaperTheEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"The Harbor Times reported that the pier will close on Monday.":   "The Harbor Times",
		"The Harbor Council reported that the pier will close on Monday.": "Harbor Council",
	})
}
