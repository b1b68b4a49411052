package extract

import "testing"

// TestPossessiveDocEN checks a document named with its author in the
// possessive: a later "the letter said" and the document as the subject
// of a verb of saying speak for the author, but an indictment is not by
// the person named before it.
func TestPossessiveDocEN(t *testing.T) {
	const intro = "Greta Olsson, a lawyer for the harbor board, spoke on Monday. "
	checkLast(t, "en", map[string]string{
		intro + "Olsson's letter was sent to two committees. The letter said the mayor hid the files.":        "Greta Olsson",
		intro + "Olsson’s letter alleges that the mayor hid the files.":                                       "Greta Olsson",
		"Tom Brask, a harbor clerk, was charged on Monday. Brask's indictment alleges that he hid the files.": "",
	})
}
