package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
)

// TestScenarioExportOntoFolderInGerman: a folder's name given in the
// export's save dialog was answered by Fyne's own „Cannot overwrite — Files
// cannot replace a directory“, in English in the German window. The export
// says it in German and opens the save dialog again in that folder, with
// the export's file name; „Speichern“ there exports into the folder.
func TestScenarioExportOntoFolderInGerman(t *testing.T) {
	f := newScenarioIn(t, "de")
	f.addClaim("Die Mieten stiegen 2024 um 7 Prozent.")
	installSafeFiles() // as the window does
	folder := filepath.Join(t.TempDir(), "berichte")
	if err := os.Mkdir(folder, 0o700); err != nil {
		t.Fatal(err)
	}
	uri := storage.NewFileURI(folder)
	d := f.openMarkdownSave()
	if ok, _ := storage.Exists(uri); ok {
		t.Fatal("the save dialog would answer in English: the folder counts as there")
	}
	// what the save dialog does on „Speichern“: it closes, then asks for a writer
	f.do(func() { hideFiles.Store(false) })
	w, err := storage.Writer(uri)
	if w != nil {
		t.Fatal("a writer for a folder")
	}
	f.do(func() { d.onFile(w, err) })
	if txt := f.topText(); !strings.Contains(txt, "berichte kann nicht geschrieben werden: Es ist ein Ordner") ||
		!strings.Contains(txt, "Der Speichern-Dialog öffnet sich wieder in diesem Ordner") {
		t.Fatalf("not said in German: %q", txt)
	}
	f.do(func() { test.Tap(f.topDialogButton("OK")) })
	if !hideFiles.Load() {
		t.Fatal("the save dialog did not open again")
	}
	f.do(func() { test.Tap(f.topDialogButton("Speichern")) })
	f.wait()
	name := filepath.Join(folder, d.defaultFileName())
	if data, err := os.ReadFile(name); err != nil || !strings.Contains(string(data), "Die Mieten stiegen 2024 um 7 Prozent.") {
		t.Fatalf("no export in the folder: %v, %.80q", err, data)
	}
}
