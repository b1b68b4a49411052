package extract

import "strings"

// oneLine writes claimant c on one line: a run of white space with a line
// break or a tab in it, as a hard-wrapped text has inside a name ("eine
// Sprecherin⏎des Ministeriums"), reads as one space. Other text is
// returned as it is.
func oneLine(c string) string {
	if !strings.ContainsAny(c, "\n\r\t") {
		return c
	}
	return strings.Join(strings.Fields(c), " ")
}

// oneLineUnit is the text of a unit as the claimant rules read it: a line
// break inside a sentence is a wrap of the line and reads as a space
// ("Verbandschef Jonas⏎Weidlich sagte" names Jonas Weidlich), so a name
// or a body's name cut by the wrap stays one. The length stays the same:
// offsets into the unit still hold.
func oneLineUnit(text string) string {
	if strings.IndexByte(text, '\n') < 0 {
		return text
	}
	return strings.ReplaceAll(text, "\n", " ")
}
