package extract

import (
	"strings"
	"testing"
)

// TestHousekeepingShortLines checks that every line of one to three words
// made of a page's labels, marks, names and figures is read without a
// panic, in the rules alone and in a whole extraction: "© 2026" alone, two
// words, made the copyright rule slice three words and crash the
// extractor (and the window's import with it). A copyright line of two
// words is still housekeeping.
func TestHousekeepingShortLines(t *testing.T) {
	words := []string{"©", "© 2026", "2026", "Copyright", "(c)", "Von", "By", "Foto:", "Quelle:", "Stand:",
		"Updated", "14:32", "Uhr", "42", "Kommentare", "Email", "Ann", "Lee", "|", "Lesen Sie auch:", "Text:", "Ein", "Artikel", "von", "-", "(17)"}
	for _, a := range words {
		for _, b := range append([]string{""}, words...) {
			for _, c := range append([]string{""}, words...) {
				line := a
				for _, w := range []string{b, c} {
					if w != "" {
						line += " " + w
					}
				}
				housekeeping(line)
				Extract(line+"\n\nDer Rat der Stadt Kalben tagte am Montag.\n", Options{Lang: "de"})
			}
		}
	}
	if rule := housekeeping("© 2026"); rule != "copyright line" {
		t.Errorf(`"© 2026": rule %q, want "copyright line"`, rule)
	}
}

// TestAppendFields checks appendFields against strings.Fields.
func TestAppendFields(t *testing.T) {
	for _, s := range []string{"", " ", "a", " a  b\tc\n", "Stand:\u00a005.12.2026 14:32\u2003Uhr", "© 2026 Kalbener Bote"} {
		got, want := appendFields([]string{"x"}, s)[1:], strings.Fields(s)
		if strings.Join(got, "|") != strings.Join(want, "|") || len(got) != len(want) {
			t.Errorf("%q: %q, want %q", s, got, want)
		}
	}
}
