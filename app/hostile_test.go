package app

import (
	"os"
	"path/filepath"
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

// An HTML page nested deeper than the parser takes is refused with a
// German sentence, not the parser's English words.
func TestImportDeepHTMLSaysWhyInGerman(t *testing.T) {
	f := newGermanFixture(t)
	page := "<html lang=de><body>" + strings.Repeat("<div>", 600) + "Tief verschachtelter Text." +
		strings.Repeat("</div>", 600) + "</body></html>"
	file := filepath.Join(t.TempDir(), "tief.html")
	if err := os.WriteFile(file, []byte(page), 0o600); err != nil {
		t.Fatal(err)
	}
	f.do(func() { f.u.importPaths([]string{file}) })
	f.wait()
	top := f.win().Canvas().Overlays().Top()
	if top == nil {
		t.Fatalf("no message")
	}
	msg := dialogText(top)
	if !strings.Contains(msg, "tief.html kann nicht als HTML gelesen werden") || strings.Contains(msg, "open stack") {
		t.Fatalf("message: %q", msg)
	}
}
