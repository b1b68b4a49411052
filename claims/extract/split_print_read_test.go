package extract

import (
	"strings"
	"testing"
)

// TestReadText checks that a unit of text copied from a print layout
// keeps the input's offsets and text while ReadText gives its clean
// reading inside the whole input, and that a unit of plain text reads as
// its text (invented sentences).
func TestReadText(t *testing.T) {
	text := "Die Stadt nannte den Plan lang-\nfristig. Ein langfristig tragfähiger Plan fehle. Der Rat tagte im Kur-\nhaus.\n"
	units := Extract(text, Options{Lang: "de"})
	want := []string{"Die Stadt nannte den Plan langfristig.", "Ein langfristig tragfähiger Plan fehle.", "Der Rat tagte im Kurhaus."}
	if len(units) != len(want) {
		t.Fatalf("%d units, want %d", len(units), len(want))
	}
	for i, u := range units {
		if u.Text != text[u.Start:u.End] {
			t.Errorf("unit %d: text %q is not the input's %d–%d", i, u.Text, u.Start, u.End)
		}
		if got := strings.TrimSpace(u.ReadText()); got != want[i] {
			t.Errorf("unit %d: ReadText %q, want %q", i, got, want[i])
		}
	}
	plain := Extract("Die Stadt nannte den Plan langfristig.", Options{Lang: "de"})
	if len(plain) != 1 || plain[0].ReadText() != plain[0].Text {
		t.Errorf("plain text: %+v", plain)
	}
}
