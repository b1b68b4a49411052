package extract

import "testing"

// TestAppositionEN checks a speaker before a long apposition set off by
// commas: one that opens with a participle in -ing, and a name placed by
// "of" and a place before an apposition, also after a fronted phrase.
func TestAppositionEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Harbor delegate Tom Bell, wearing a shirt covered in ferry buttons, said he is proud of the pier.":                                  "Tom Bell",
		"Later, during a call with reporters, Sen. Dora Vance of Norland, a Democrat up for reelection next year, said the pier must close.": "Dora Vance",
	})
}
