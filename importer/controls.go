package importer

import "strings"

// DropControls removes the control characters that text never shows:
// C0 controls other than tab and line feed, DEL and the C1 controls
// (U+0080–U+009F). Pasted text and text files with a few such bytes (an
// escape sequence of a terminal, a bell, a NUL) otherwise showed them as
// "�" boxes in titles, sentences and claims. Format characters that
// change how text is shown (zero-width joiners, right-to-left marks, a
// byte order mark) are kept.
func DropControls(s string) string {
	if strings.IndexFunc(s, isDroppedControl) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isDroppedControl(r) {
			return -1
		}
		return r
	}, s)
}

// CountControls returns how many characters DropControls removes from s,
// so that the window can say that it dropped some.
func CountControls(s string) int {
	n := 0
	for _, r := range s {
		if isDroppedControl(r) {
			n++
		}
	}
	return n
}

// isDroppedControl reports whether DropControls removes r.
func isDroppedControl(r rune) bool {
	switch {
	case r == '\t' || r == '\n':
		return false
	case r < 0x20 || r == 0x7f:
		return true
	default:
		return r >= 0x80 && r <= 0x9f
	}
}
