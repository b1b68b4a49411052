package importer

import (
	"strings"
	"unicode"
)

// Visible reports whether s holds a character that is drawn: one that is
// not white space, a control or a format character (zero-width space,
// joiners, soft hyphen, byte order mark, direction marks). A text of
// only such characters, pasted from a web page, has nothing to read and
// nothing to make a title of.
func Visible(s string) bool {
	return strings.IndexFunc(s, drawn) >= 0
}

// drawn reports whether r is a character Visible counts.
func drawn(r rune) bool {
	return !unicode.IsSpace(r) && !unicode.IsControl(r) && !unicode.Is(unicode.Cf, r)
}

// firstVisibleLine returns the first line of s that Visible counts, or "".
func firstVisibleLine(s string) string {
	for s != "" {
		line, rest, _ := strings.Cut(s, "\n")
		if Visible(line) {
			return line
		}
		s = rest
	}
	return ""
}
