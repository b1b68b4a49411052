package extract

import "strings"

// English news sets a phrase quoted in a title or subheading in single
// quotation marks ("‘NO DEAL’ AT THE PIER", "'Very late' ferries",
// "'Is the pier safe?'"), where running text uses double ones. A unit that
// opens with a single mark and is no sentence of running text, ending
// either without a sentence's final mark or with the closing single
// mark, is such a title: it attributes nothing (the guide gives titles no
// claim), so the speaker of the text before is not carried into it.

// quotedTitleEN reports whether the English unit text opens with a single
// quotation mark (not two apostrophes, which some papers use for double
// quotes) and does not end with ".", "?", "!" or ":" outside it.
func quotedTitleEN(text string) bool {
	text = strings.TrimSpace(text)
	if !strings.HasPrefix(text, "‘") && !(strings.HasPrefix(text, "'") && !strings.HasPrefix(text, "''")) {
		return false
	}
	if strings.HasSuffix(text, "’") || strings.HasSuffix(text, "'") {
		return true // the whole unit in single quotation marks
	}
	m := lastMark(text)
	return m != '.' && m != '?' && m != '!' && m != ':'
}
