package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
)

// TestExportAsksReplaceInGerman: Fyne's save dialog asked "Overwrite? Are
// you sure you want to overwrite the file …" in English in the German
// window. While the export's save dialog is open an existing file counts as
// absent, so Fyne does not ask; the export asks „Datei ersetzen?“ itself.
// „Nein“ leaves the file as it was and opens the save dialog again, „Ja“
// writes the export over it.
func TestExportAsksReplaceInGerman(t *testing.T) {
	f := newGermanFixture(t)
	f.addClaim("Die Mieten stiegen 2024 um 7 Prozent.")
	installSafeFiles() // as the window does
	dir := t.TempDir()
	path := filepath.Join(dir, "bericht.md")
	if err := os.WriteFile(path, []byte("alt\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	uri := storage.NewFileURI(path)
	d := f.openMarkdownSave()
	if ok, _ := storage.Exists(uri); ok {
		t.Fatal("the save dialog would ask in English: the file counts as there")
	}
	if ok, _ := storage.Exists(storage.NewFileURI(dir)); ok {
		t.Fatal("the save dialog would say „Cannot overwrite“ in English: the folder counts as there")
	}
	pick := func() { // what the save dialog does on „Speichern“
		w, err := storage.Writer(uri)
		if err != nil {
			t.Fatal(err)
		}
		f.do(func() { d.onFile(w, nil) })
		if txt := f.topText(); !strings.Contains(txt, "Datei ersetzen?") || !strings.Contains(txt, "„bericht.md“ gibt es in diesem Ordner schon") {
			t.Fatalf("no question in German: %q", txt)
		}
	}
	pick()
	if ok, _ := storage.Exists(uri); !ok {
		t.Fatal("the file counts as absent after the save dialog closed")
	}
	no := f.topDialogButton("Nein")
	f.do(func() { test.Tap(no) })
	if data, _ := os.ReadFile(path); string(data) != "alt\n" {
		t.Fatalf("„Nein“ changed the file: %q", data)
	}
	if ok, _ := storage.Exists(uri); ok {
		t.Fatal("„Nein“ did not open the save dialog again")
	}
	pick()
	yes := f.topDialogButton("Ersetzen")
	f.do(func() { test.Tap(yes) })
	if data, _ := os.ReadFile(path); d.result != "1" || !strings.Contains(string(data), "Die Mieten stiegen 2024 um 7 Prozent.") {
		t.Fatalf("„Ersetzen“: result %q, file %.80q", d.result, data)
	}
}

// openMarkdownSave opens the Export dialog, chooses Markdown and goes on to
// the save dialog, as „Datei wählen…“ does; it returns the Export dialog.
func (f *shellFixture) openMarkdownSave() *exportDialog {
	f.do(f.s.onExport)
	d := f.s.exporter
	f.do(func() {
		d.format.SetSelected("Markdown")
		d.dlg.Hide()
		d.onChooseFile()
	})
	return d
}
