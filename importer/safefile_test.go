package importer_test

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"claimdesk/importer"
)

// noBlock runs f and fails if it does not return within 5 s.
func noBlock(t *testing.T, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() { f(); close(done) }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("blocked")
	}
}

func TestOpenRegularRefusesSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "warten.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("no FIFOs:", err)
	}
	zero := filepath.Join(dir, "zero.txt")
	os.Symlink("/dev/zero", zero)
	ok := filepath.Join(dir, "ok.txt")
	os.WriteFile(ok, []byte("Text"), 0o644)
	link := filepath.Join(dir, "link.txt")
	os.Symlink(ok, link)
	for p, why := range map[string]string{fifo: "named pipe", zero: "device", dir: "folder", filepath.Join(dir, "weg.txt"): "not found"} {
		noBlock(t, func() {
			f, _, err := importer.OpenRegular(p)
			if err == nil {
				f.Close()
			}
			if err == nil || !strings.Contains(err.Error(), why) {
				t.Errorf("%s: %v, want %q", filepath.Base(p), err, why)
			}
		})
	}
	for _, p := range []string{ok, link} {
		b, err := importer.ReadFile(context.Background(), p, 100)
		if err != nil || string(b) != "Text" {
			t.Errorf("%s: %q, %v", filepath.Base(p), b, err)
		}
	}
}

func TestReadLimits(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "gross.txt")
	os.WriteFile(p, []byte(strings.Repeat("a", 3000)), 0o644)
	if _, err := importer.ReadFile(context.Background(), p, 2048); err == nil || !strings.Contains(err.Error(), "larger than 2 KB") {
		t.Errorf("over the cap: %v", err)
	}
	// a stream with no size (standard input) is cut at the cap too
	if _, err := importer.ReadAll(context.Background(), "stdin", strings.NewReader(strings.Repeat("b", 5000)), 4096); err == nil || !strings.Contains(err.Error(), "larger than 4 KB") {
		t.Errorf("stream over the cap: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := importer.ReadFile(ctx, p, 1<<20); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled read: %v", err)
	}
	r, err := importer.OpenLimited(context.Background(), p, 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(r)
	r.Close()
	if err != nil || len(b) != 3000 {
		t.Errorf("OpenLimited: %d bytes, %v", len(b), err)
	}
	if _, err := importer.OpenLimited(context.Background(), p, 1000); err == nil {
		t.Error("OpenLimited read a file over its cap")
	}
}

func TestFolderFilesSkipsSpecialEntries(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "b.txt"), []byte("B"), 0o644)
	os.WriteFile(filepath.Join(dir, "a.md"), []byte("A"), 0o644)
	os.WriteFile(filepath.Join(dir, "bild.png"), []byte("P"), 0o644)
	syscall.Mkfifo(filepath.Join(dir, "c.txt"), 0o644)
	os.Symlink("/dev/zero", filepath.Join(dir, "d.html"))
	os.Mkdir(filepath.Join(dir, "e.txt"), 0o755)
	files, skipped, err := importer.FolderFiles(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 2 || filepath.Base(files[0]) != "a.md" || filepath.Base(files[1]) != "b.txt" {
		t.Errorf("files %v", files)
	}
	var names []string
	for _, s := range skipped {
		names = append(names, filepath.Base(s.Path))
	}
	if strings.Join(names, " ") != "c.txt d.html" {
		t.Errorf("skipped %v, want c.txt (FIFO) and d.html (device); folders are not files", names)
	}
	empty := t.TempDir()
	if _, _, err := importer.FolderFiles(empty); err == nil {
		t.Error("a folder without articles is not an error")
	}
}

func TestDecodeText(t *testing.T) {
	le := "\xff\xfeW\x00\xe4\x00r\x00m\x00e\x00"
	be := "\xfe\xff\x00W\x00\xe4\x00r\x00m\x00e"
	for _, in := range []string{le, be, "\xef\xbb\xbfWärme", "Wärme"} {
		if got, err := importer.DecodeText("x.txt", []byte(in)); err != nil || got != "Wärme" {
			t.Errorf("%q: %q, %v", in, got, err)
		}
	}
	for in, why := range map[string]string{
		"\xff\xfeW\x00\xe4":               "odd number of bytes",
		"\xff\xfe\x00\xd8A\x00":           "surrogate",
		"\x7fELF\x02\x01\x01\x00\x00\x00": "binary",
		"gut \xff schlecht":               "not valid UTF-8",
	} {
		if _, err := importer.DecodeText("x.txt", []byte(in)); err == nil || !strings.Contains(err.Error(), why) {
			t.Errorf("%q: %v, want %q", in, err, why)
		}
	}
}
