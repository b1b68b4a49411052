package app

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"

	"claimdesk/outfile"
)

// TestExportFileErrorGerman: when the file chosen for an export cannot be
// written, the German window says so in German, with the reason (the folder
// is gone, no permission), and shows the export's choices again. It said
// "Cannot write …: permission denied" in English, logged a translation
// failure, and the chosen format and scope were gone.
func TestExportFileErrorGerman(t *testing.T) {
	f := newGermanFixture(t)
	f.addClaim("Die Mieten stiegen 2024 um 7 Prozent.")
	f.do(f.s.onExport)
	d := f.s.exporter
	f.do(func() {
		d.format.SetSelected("Markdown")
		d.history.SetChecked(true)
		d.dlg.Hide() // as "Datei wählen…" does
	})
	dir := t.TempDir()
	gone := filepath.Join(dir, "weg", "bericht.md") // the folder was deleted meanwhile
	denied := filepath.Join(dir, "bericht.md")
	for _, c := range []struct {
		name string
		err  func() error
		want string
	}{
		{"missing folder", func() error {
			installSafeFiles() // as the window does: the dialog writes through outfile
			_, err := storage.Writer(storage.NewFileURI(gone))
			return err
		}, "Den Ordner gibt es nicht"},
		{"no permission", func() error {
			return outfile.WriteError(denied, &os.PathError{Op: "open", Path: denied + ".tmp", Err: syscall.EACCES})
		}, "Sie dürfen in diesem Ordner nicht schreiben"},
	} {
		err := c.err()
		if err == nil {
			t.Fatalf("%s: the file was created", c.name)
		}
		f.do(func() { d.onFile(nil, err) })
		top := f.win().Canvas().Overlays().Top()
		if top == nil {
			t.Fatalf("%s: no message", c.name)
		}
		text := dialogText(top)
		for _, w := range []string{"Die Datei konnte nicht angelegt werden.", "kann nicht geschrieben werden", c.want, "Es wurde nichts exportiert"} {
			if !strings.Contains(text, w) {
				t.Errorf("%s: the message lacks %q:\n%s", c.name, w, text)
			}
		}
		for _, w := range []string{"Cannot write", "permission denied", "no such file"} {
			if strings.Contains(text, w) {
				t.Errorf("%s: English in the German message (%q):\n%s", c.name, w, text)
			}
		}
		f.do(func() { test.Tap(f.topDialogButton("OK")) })
		if top := f.win().Canvas().Overlays().Top(); top == nil || findButtonIn(top, "Datei wählen…") == nil {
			t.Fatalf("%s: the export's choices were not shown again", c.name)
		}
		if d.format.Selected != "Markdown" || !d.history.Checked {
			t.Errorf("%s: choices now %q, history %v", c.name, d.format.Selected, d.history.Checked)
		}
		f.do(func() { d.dlg.Hide() })
	}
	if _, err := os.Stat(filepath.Dir(gone)); !os.IsNotExist(err) {
		t.Errorf("the missing folder was made: %v", err)
	}
	if es, _ := os.ReadDir(dir); len(es) != 0 {
		t.Errorf("files left behind: %v", es)
	}
}
