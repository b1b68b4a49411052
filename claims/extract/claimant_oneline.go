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
