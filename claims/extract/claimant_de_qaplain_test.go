package extract

import "testing"

// TestPlainQAInterviewDE checks a German interview whose questions are
// unmarked paragraphs ending in "?": once a question addressed the guest
// by "Frau"/"Herr" and the surname, each paragraph after a question is the
// guest's whom the introduction names; a question is not, nor an answer
// before any question addressed the guest, nor a paragraph after a
// rhetorical question in a report, after a question that names the guest
// only inside its paragraph, or after a long paragraph ending in "?".
func TestPlainQAInterviewDE(t *testing.T) {
	intro := "Ein Gespräch mit Jonas Ebert, Leiter der Tafel in Brunnfeld, über Armut.\n\n"
	checkLast(t, "de", map[string]string{
		intro + "Herr Ebert, wie viele Menschen kommen zu Ihnen?\n\nIm Oktober waren es 900 Familien.":                         "Jonas Ebert",
		intro + "Herr Ebert, wie viele kommen?\n\nIm Oktober waren es 900 Familien.\n\nUnd im Sommer?\n\nDa waren es 700.":     "Jonas Ebert",
		intro + "Herr Ebert, wie viele kommen?\n\nIm Oktober waren es 900 Familien. Die Spenden sind um ein Drittel gesunken.": "Jonas Ebert",
		intro + "Herr Ebert, wie viele kommen?\n\nIm Oktober waren es 900 Familien.\n\nUnd wie viele waren es im Sommer?":      "",
		intro + "Wie viele Menschen kommen zur Tafel?\n\nIm Oktober waren es 900 Familien.":                                    "",
		"Jonas Ebert leitet die Tafel in Brunnfeld. Warum kommen so viele?\n\nIm Oktober waren es 900 Familien.":               "",
	})
}
