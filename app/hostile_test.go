package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

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

// A text with a "sentence" of megabytes (no full stop anywhere) opens in
// the reader with that sentence shortened in the rows and the suggestion's
// details: the whole of it froze the window for minutes while Fyne laid
// out the label.
func TestReaderShortensHugeSentence(t *testing.T) {
	f := newReaderFixture(t)
	words := strings.Repeat("Zeile mit Text und 12 Euro ", 800) // about 21 KB, one unit
	file := filepath.Join(t.TempDir(), "ohne-punkt.txt")
	text := "Ohne Punkt\n\nDer Kreis meldete 40 neue Fälle, sagte die Landrätin.\n\n" + words
	if err := os.WriteFile(file, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	f.act(func() { f.u.importPaths([]string{file}) })
	r := f.v.reader
	if r.article == nil {
		t.Fatal("nothing imported")
	}
	long := -1
	for i, u := range r.units {
		if len(u.Text) > 20000 {
			long = i
		}
	}
	if long < 0 {
		t.Fatalf("no huge unit among %d", len(r.units))
	}
	row := r.sentences.rows[long].text
	if n := utf8.RuneCountInString(row); n > maxShownRunes+2 || !strings.HasSuffix(row, " …") || !strings.HasPrefix(row, "Zeile mit Text") {
		t.Fatalf("sentence row of %d runes: %.40q … %q", n, row, row[max(0, len(row)-20):])
	}
	if info := r.panel.info(long); utf8.RuneCountInString(info.text) > maxShownRunes+2 {
		t.Fatalf("suggestion text of %d runes", utf8.RuneCountInString(info.text))
	}
}
