package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
)

// A text pasted with a terminal's escape sequences, a bell and other
// control characters is stored and shown without them (they were drawn as
// "�" boxes in the title, the list and the sentences).
func TestPasteDropsControlCharacters(t *testing.T) {
	f := newReaderFixture(t)
	f.v.onPaste()
	d := f.v.paste
	d.text.SetText("Glocken\x07läuten\r\n\r\nDie Gemeinde zahlte \x1b[1m40\x1b[0m Euro je Kind, sagte die Kämmerin.\x7f")
	f.act(func() { test.Tap(findButton(t, f.w.Canvas().Overlays().Top(), lang.L("Import"))) })
	a := f.v.reader.article
	if a == nil {
		t.Fatalf("nothing imported")
	}
	if a.Title != "Glockenläuten" || strings.ContainsAny(a.Body, "\x07\x1b\x7f\r") ||
		!strings.Contains(a.Body, "zahlte [1m40[0m Euro") {
		t.Fatalf("imported title %q, body %q", a.Title, a.Body)
	}
}
