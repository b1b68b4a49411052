package app

import (
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// recordOpened stands in for the system's opener until the test ends:
// what would be opened is appended to the list it returns.
func recordOpened(t *testing.T) *[]string {
	var opened []string
	old := openFileURL
	openFileURL = func(_ fyne.App, u *url.URL) error { opened = append(opened, u.String()); return nil }
	t.Cleanup(func() { openFileURL = old })
	return &opened
}

func TestExportOffersOpenAndShowInFolder(t *testing.T) {
	opened := recordOpened(t)

	f := newShellFixture(t)
	f.addClaim("Die Inflation lag 2023 bei 5,9 Prozent.")
	dir := t.TempDir()
	path := filepath.Join(dir, "bericht.md")
	d := exportMarkdownTo(t, f, path)
	if d.result != "1" || d.written != path || !strings.Contains(f.topText(), path) {
		t.Fatalf("result %q, written %q, message %q", d.result, d.written, f.topText())
	}
	f.do(func() { test.Tap(f.topDialogButton("Show in folder")) })
	f.do(d.showDoneAgain(path))
	f.do(func() { test.Tap(f.topDialogButton("Open")) })
	want := []string{"file://" + filepath.ToSlash(dir), "file://" + filepath.ToSlash(path)}
	if len(*opened) != 2 || (*opened)[0] != want[0] || (*opened)[1] != want[1] {
		t.Fatalf("opened %q, want %q", *opened, want)
	}
	if f.win().Canvas().Overlays().Top() != nil {
		t.Fatal("the message stays open after Open")
	}

	// a failed export offers nothing to open
	*opened = nil
	bad := filepath.Join(dir, "weg", "bericht.md")
	f.do(func() { d.run(failingWriter{}, bad, nil) })
	if d.result != "failed" || findButtonIn(f.win().Canvas().Overlays().Top(), "Open") != nil {
		t.Fatalf("failed export: result %q, an Open button is offered", d.result)
	}
}

// exportMarkdownTo runs the export dialog's job as Markdown into a new
// file at path, as Export does once the person chose the file, and
// returns the dialog.
func exportMarkdownTo(t *testing.T, f *shellFixture, path string) *exportDialog {
	t.Helper()
	f.do(f.s.onExport)
	d := f.s.exporter
	out, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	f.do(func() {
		d.dlg.Hide()
		d.format.SetSelected("Markdown")
		d.run(out, path, nil)
	})
	return d
}

// showDoneAgain shows the finished message for path once more.
func (d *exportDialog) showDoneAgain(path string) func() {
	return func() { d.showDone(path, path) }
}

// failingWriter is a file that cannot be written.
type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, os.ErrPermission }
func (failingWriter) Close() error              { return nil }
