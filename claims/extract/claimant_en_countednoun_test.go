package extract

import "testing"

// TestCountedNounEN checks that a verb of saying after an article and a
// number is a noun, which names no speaker.
func TestCountedNounEN(t *testing.T) {
	const before = "Snow fell across the north on Sunday. "
	checkLast(t, "en", map[string]string{
		before + "The ferry company settled the four claims brought by Tom Bell on Monday.":   "",
		before + "The Harbor Board paid out on the three claims filed by the ferry operator.": "",
	})
}
