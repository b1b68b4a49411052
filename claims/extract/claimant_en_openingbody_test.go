package extract

import "testing"

// TestOpeningBodyEN checks that "the company said" refers to the body its
// own sentence opens with, and that a later "the carrier said" refers to
// it too.
func TestOpeningBodyEN(t *testing.T) {
	const before = "Snow fell across the north on Sunday. "
	checkLast(t, "en", map[string]string{
		before + "Tallow Mills, the paper maker, will close two plants, the company said.":                                "Tallow Mills",
		before + "Bluefin Ferries cancelled all crossings, the company said. The carrier said the boats would run again.": "Bluefin Ferries",
	})
}
