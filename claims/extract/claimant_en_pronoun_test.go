package extract

import "testing"

// TestPronounInUnitEN checks that a pronoun speaking late in its sentence
// refers to the person the sentence opened with, not to the speaker of an
// earlier sentence, unless that person was the object of a preposition
// or a participle.
func TestPronounInUnitEN(t *testing.T) {
	const before = "“The pier must close,” said Dan Whitley. Tom Reyes runs the harbor office. "
	checkLast(t, "en", map[string]string{
		before + "Reyes skipped the meeting, but he said the pier would stay open.":               "Tom Reyes",
		before + "Speaking to Reyes on Monday, he said the pier would stay open.":                 "Dan Whitley",
		before + "Praising Reyes as a good manager, he said the pier would stay open.":            "Dan Whitley",
		before + "The pier will stay open, he said.":                                              "Dan Whitley",
		"Ms. Ann Lee spoke first. Mr. Tom Reyes skipped the meeting, but she said it was a loss.": "Ann Lee",
	})
}
