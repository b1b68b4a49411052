package app

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"fyne.io/fyne/v2/storage"

	"claimdesk/claims"
)

// gatedWriter is an export file whose first Write blocks until release is
// closed, so that a test can cancel an export while it is writing.
type gatedWriter struct {
	f       *os.File
	once    sync.Once
	started chan struct{}
	release chan struct{}
}

func (w *gatedWriter) Write(p []byte) (int, error) {
	w.once.Do(func() {
		close(w.started)
		<-w.release
	})
	return w.f.Write(p)
}

func (w *gatedWriter) Close() error { return w.f.Close() }

func TestExportCancel(t *testing.T) {
	f := newShellFixture(t)
	cs := make([]*claims.Claim, 3000)
	for i := range cs {
		cs[i] = &claims.Claim{Text: fmt.Sprintf("Claim %d: the budget grows by %d percent, says the ministry in its yearly report.", i, i%50),
			Claimant: "Finanzministerium", Rationale: strings.Repeat("A long rationale that fills the report. ", 8)}
	}
	if err := f.svc.Claims.CreateClaims(f.u.ctx(), cs); err != nil {
		t.Fatal(err)
	}
	f.do(f.s.onExport)
	d := f.s.exporter
	path := filepath.Join(t.TempDir(), "report.md")
	file, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := &gatedWriter{f: file, started: make(chan struct{}), release: make(chan struct{})}
	uri := storage.NewFileURI(path)

	// start the export as the file dialog does, without waiting for it
	uiMu.Lock()
	d.format.SetSelected("Markdown")
	d.run(w, path, func() { _ = storage.Delete(uri) })
	uiMu.Unlock()
	<-w.started // the report is being written now

	uiMu.Lock()
	f.topDialogButton("Cancel").OnTapped()
	uiMu.Unlock()
	close(w.release)
	f.wait()

	if d.result != "cancelled" {
		t.Fatalf("export result = %q, want cancelled", d.result)
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Fatalf("the partial file was left behind: %v", err)
	}
	top := f.win().Canvas().Overlays().Top()
	if top == nil || !strings.Contains(dialogText(top), "no file was written") {
		t.Fatalf("no plain message after cancelling")
	}
	f.do(func() { f.topDialogButton("OK").OnTapped() })
}
