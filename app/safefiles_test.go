package app

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
)

// The file dialogs hand what they chose to storage.Reader and
// storage.Writer; with safeFiles installed, neither blocks on a FIFO nor
// writes through a symbolic link, and a new file gets 0666 less the umask.
func TestSafeFilesForDialogs(t *testing.T) {
	test.NewTempApp(t)
	installSafeFiles()
	installSafeFiles() // twice: still one wrapper
	dir := t.TempDir()
	fifo := filepath.Join(dir, "warten.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	done := make(chan error, 1)
	go func() {
		_, err := storage.Reader(storage.NewFileURI(fifo))
		done <- err
	}()
	select {
	case err := <-done:
		if err == nil || !strings.Contains(err.Error(), "named pipe") {
			t.Errorf("reading a FIFO: %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("reading a FIFO blocked")
	}
	if _, err := storage.Writer(storage.NewFileURI(fifo)); err == nil {
		t.Error("a FIFO was opened for writing")
	}

	target := filepath.Join(dir, "ziel.txt")
	os.WriteFile(target, []byte("bleibt"), 0o644)
	link := filepath.Join(dir, "bericht.html")
	os.Symlink(target, link)
	if _, err := storage.Writer(storage.NewFileURI(link)); err == nil || !strings.Contains(err.Error(), "symbolic link") {
		t.Errorf("writing through a symbolic link: %v", err)
	}
	if b, _ := os.ReadFile(target); string(b) != "bleibt" {
		t.Errorf("the link's target now holds %q", b)
	}

	out := filepath.Join(dir, "neu.md")
	w, err := storage.Writer(storage.NewFileURI(out))
	if err != nil {
		t.Fatal(err)
	}
	io.WriteString(w, "# Bericht\n")
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(out)
	if err != nil {
		t.Fatal(err)
	}
	m := syscall.Umask(0)
	syscall.Umask(m)
	if want := os.FileMode(0o666 &^ m); st.Mode().Perm() != want {
		t.Errorf("new file mode %v, want %v", st.Mode().Perm(), want)
	}
	r, err := storage.Reader(storage.NewFileURI(out))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(r)
	r.Close()
	if string(b) != "# Bericht\n" {
		t.Errorf("read back %q", b)
	}
}
