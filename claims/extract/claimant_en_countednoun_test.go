package extract

import "testing"

// TestCountedNounEN checks that a verb of saying after an article and a
// number is a noun, which names no speaker.
func TestCountedNounEN(t *testing.T) {
	const before = "Snow fell across the north on Sunday. "
	checkLast(t, "en", map[string]string{
		before + "The Ostby Ways Committee voted 23-17 on Friday to approve the two charges against Tom Bell.": "",
		before + "The Harbor Board paid out on the three claims filed by the ferry operator.":                  "",
	})
}
