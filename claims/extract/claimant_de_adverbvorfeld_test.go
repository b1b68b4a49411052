package extract

import "testing"

// TestAdverbVorfeldSubjectDE checks that a body with "das" right after
// the verb of saying, after one opening sentence adverb, is the speaker,
// and that "heißen" names none.
func TestAdverbVorfeldSubjectDE(t *testing.T) {
	const before = "Die Pegel steigen. "
	checkLast(t, "de", map[string]string{
		before + "Unterdessen meldete das Hochwasseramt neue Höchststände.":   "Hochwasseramt",
		before + "Inzwischen warnte das Umweltministerium vor Überflutungen.": "Umweltministerium",
		before + "Früher hieß das Kino noch anders.":                          "",
	})
}
