package app

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"fyne.io/fyne/v2/storage"
)

// TestImportArchiveRefusesFIFO: an archive path that turns out to be a
// named pipe (swapped after the file dialog opened it, or handed over
// otherwise) ends in the error message and imports nothing; the window
// read it with os.ReadFile, which waits on a FIFO for ever (fuzz35).
func TestImportArchiveRefusesFIFO(t *testing.T) {
	f := newShellFixture(t)
	fifo := filepath.Join(t.TempDir(), "archiv.csv")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	done := make(chan struct{})
	go func() {
		f.do(func() { f.s.importArchive(storage.NewFileURI(fifo)) })
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(20 * time.Second):
		t.Fatal("importing a FIFO as an archive blocked")
	}
	top := f.u.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no message after importing a FIFO")
	}
	if msg := dialogText(top); !strings.Contains(msg, "could not be imported") || !strings.Contains(msg, "named pipe") {
		t.Errorf("message %q; want the archive refused as a named pipe", msg)
	}
	if as, err := f.svc.Archives.Archives(f.u.ctx()); err != nil || len(as) != 0 {
		t.Errorf("archives = %+v, %v; want none", as, err)
	}
}
