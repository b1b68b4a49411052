package extract

import (
	"strings"
	"testing"
)

// TestCaptionBeforeCredit checks that a sentence alone in its block but
// for a picture credit after it is housekeeping (a caption), and that a
// paragraph of two sentences, or one without a credit, keeps its claims
// (invented lines).
func TestCaptionBeforeCredit(t *testing.T) {
	text := "Der Hafen von Pellow hat im Oktober 14 Frachter abgefertigt.\n\n" +
		"Arbeiter entladen am Dienstag einen Frachter im Hafen. Foto: Lisa Tannert/dpa\n\n" +
		"Der Hafen hat 2026 rund 310 Frachter abgefertigt. Die Stadt zahlte 4 Millionen Euro für neue Kräne.\n\n" +
		"Cranes unloaded 12 ships at the terminal on Tuesday. (Photo: Ann Lee/Northwire)\n"
	units := Extract(text, Options{})
	want := map[string]bool{ // text → housekeeping
		"Arbeiter entladen am Dienstag einen Frachter im Hafen.": true,
		"Foto: Lisa Tannert/dpa":                                 true,
		"Cranes unloaded 12 ships at the terminal on Tuesday.":   true,
		"(Photo: Ann Lee/Northwire)":                             true,
		"Der Hafen hat 2026 rund 310 Frachter abgefertigt.":      false,
		"Die Stadt zahlte 4 Millionen Euro für neue Kräne.":      false,
	}
	seen := 0
	for _, u := range units {
		hk, ok := want[u.Text]
		if !ok {
			continue
		}
		seen++
		got := len(u.Reasons) > 0 && strings.HasPrefix(u.Reasons[0], "housekeeping: ")
		if got != hk || got && u.CheckWorthy {
			t.Errorf("%q: housekeeping %v (checkworthy %v, reasons %v), want %v", u.Text, got, u.CheckWorthy, u.Reasons, hk)
		}
	}
	if seen != len(want) {
		t.Errorf("found %d of the %d units in %v", seen, len(want), units)
	}
}
