package app

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"

	"claimdesk/claims"
)

// TestScenarioEnterKeepsExportRunning: in the German window the checker
// starts a long export; while „Exportieren…“ shows its progress, a slip of
// Enter (typing on in another window, a second press of the key that
// chose the file) hits the window. Enter pressed the dialog's only button,
// Abbrechen, and the export was gone (desk35's keyboard walk). Enter now
// leaves a dialog whose only button is Cancel, work under way; the export
// ends and its notice closes on Enter as before.
func TestScenarioEnterKeepsExportRunning(t *testing.T) {
	f := newScenarioIn(t, "de")
	cs := make([]*claims.Claim, 400)
	for i := range cs {
		cs[i] = &claims.Claim{Text: fmt.Sprintf("Behauptung %d: Der Haushalt wächst um %d Prozent, sagt das Amt.", i, i%40)}
	}
	if err := f.svc.Claims.CreateClaims(f.u.ctx(), cs); err != nil {
		t.Fatal(err)
	}
	f.do(f.s.onExport)
	d := f.s.exporter
	path := filepath.Join(t.TempDir(), "bericht.md")
	file, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := &gatedWriter{f: file, started: make(chan struct{}), release: make(chan struct{})}
	uri := storage.NewFileURI(path)
	uiMu.Lock() // as "Choose file…" and the save dialog do
	d.format.SetSelected("Markdown")
	d.dlg.Hide()
	d.run(w, path, func() { _ = storage.Delete(uri) })
	uiMu.Unlock()
	<-w.started // the report is being written now

	for _, key := range []fyne.KeyName{fyne.KeyReturn, fyne.KeyEnter} {
		uiMu.Lock() // as a key event, without waiting for the export
		used := f.s.onWindowKey(&fyne.KeyEvent{Name: key})
		top := f.win().Canvas().Overlays().Top()
		uiMu.Unlock()
		if used {
			t.Errorf("%s while exporting: the window used the key", key)
		}
		if top == nil || findButtonIn(top, lang.L("Cancel")) == nil {
			t.Fatalf("%s while exporting: the progress dialog is gone", key)
		}
	}
	close(w.release)
	f.wait()
	if d.result != "400" {
		t.Fatalf("export result = %q, want 400 claims", d.result)
	}
	top := f.win().Canvas().Overlays().Top()
	if top == nil || !strings.Contains(dialogText(top), "bericht.md") {
		t.Fatalf("no notice of the finished export")
	}
	if !f.pressKey(fyne.KeyReturn) || f.win().Canvas().Overlays().Top() != nil {
		t.Errorf("Enter did not close the notice of the finished export")
	}
}
