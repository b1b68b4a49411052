package extract

import "testing"

// TestEditedNoteEN checks an interview printed without marks under the
// note that it "has been edited and condensed": the answers are the
// guest's, the person the unit before the note named first; a paragraph
// that opens with a question is the interviewer's; without the note an
// unmarked sentence stays the author's.
func TestEditedNoteEN(t *testing.T) {
	lead := "The Harbor Gazette spoke with Dr. Ilse Marrow about her book on tides.\n\n"
	note := lead + "(This interview has been edited and condensed.)\n\n"
	checkLast(t, "en", map[string]string{
		note + "Why did you write the book?\n\nThe tide tables were wrong for a century.":                               "Ilse Marrow",
		note + "Why did you write the book?\n\nThe tide tables were wrong for a century. Nobody checked them.":          "Ilse Marrow",
		note + "Why did you write the book?\n\nThe tables were wrong.\n\nWho noticed first? The fishermen did, surely.": "",
		note + "Q: The tables were old. Who noticed?":                                                                   "",
		lead + "Why did you write the book?\n\nThe tide tables were wrong for a century.":                               "",
	})
}
