package outfile_test

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"claimdesk/outfile"
)

func write(s string) func(io.Writer) error {
	return func(w io.Writer) error { _, err := io.WriteString(w, s); return err }
}

// files lists the names in dir.
func files(t *testing.T, dir string) string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range es {
		names = append(names, e.Name())
	}
	return strings.Join(names, " ")
}

func TestWriteNewAndExisting(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "bericht.html")
	if err := outfile.Write(p, write("eins")); err != nil {
		t.Fatal(err)
	}
	st, _ := os.Stat(p)
	m := syscall.Umask(0)
	syscall.Umask(m)
	if want := os.FileMode(0o666 &^ m); st.Mode().Perm() != want {
		t.Errorf("new file mode %v, want %v", st.Mode().Perm(), want)
	}
	os.Chmod(p, 0o600)
	if err := outfile.Write(p, write("zwei")); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(p)
	st, _ = os.Stat(p)
	if string(b) != "zwei" || st.Mode().Perm() != 0o600 {
		t.Errorf("after a second write: %q, mode %v (want the old 0600)", b, st.Mode().Perm())
	}
	if got := files(t, dir); got != "bericht.html" {
		t.Errorf("folder holds %q, want no temporary files", got)
	}
}

func TestFailedWriteKeepsTheOldFile(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "bericht.md")
	os.WriteFile(p, []byte("alt"), 0o644)
	boom := errors.New("abgebrochen")
	err := outfile.Write(p, func(w io.Writer) error {
		io.WriteString(w, "halb")
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("error %v", err)
	}
	if b, _ := os.ReadFile(p); string(b) != "alt" {
		t.Errorf("the old file now holds %q", b)
	}
	if got := files(t, dir); got != "bericht.md" {
		t.Errorf("folder holds %q", got)
	}
	f, err := outfile.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	io.WriteString(f, "neu")
	f.Abort()
	if err := f.Commit(); err != nil { // after Abort: nothing
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(p); string(b) != "alt" || files(t, dir) != "bericht.md" {
		t.Errorf("after Abort: %q, folder %q", b, files(t, dir))
	}
}

func TestRefusesWhatIsNotAnOrdinaryFile(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "ziel.txt")
	os.WriteFile(target, []byte("bleibt"), 0o644)
	link := filepath.Join(dir, "link.html")
	os.Symlink(target, link)
	fifo := filepath.Join(dir, "fifo.html")
	syscall.Mkfifo(fifo, 0o644)
	sub := filepath.Join(dir, "ordner.html")
	os.Mkdir(sub, 0o755)
	cases := map[string]string{link: "symbolic link", sub: "folder"}
	if _, err := os.Lstat(fifo); err == nil {
		cases[fifo] = "named pipe"
	}
	dev := filepath.Join(dir, "null")
	if err := syscall.Mknod(dev, syscall.S_IFCHR|0o666, 1<<8|3); err == nil {
		cases[dev] = "device"
	}
	for p, why := range cases {
		err := outfile.Write(p, write("x"))
		if err == nil || !strings.Contains(err.Error(), why) || !strings.Contains(err.Error(), filepath.Base(p)) {
			t.Errorf("%s: error %v, want one naming the %s", filepath.Base(p), err, why)
		}
	}
	if b, _ := os.ReadFile(target); string(b) != "bleibt" {
		t.Errorf("the link's target now holds %q", b)
	}
	if st, _ := os.Lstat(link); st.Mode()&os.ModeSymlink == 0 {
		t.Error("the link was replaced")
	}
}

// A target that turns into a symbolic link while the export is written is
// not replaced: Commit checks it again.
func TestCommitChecksTheTargetAgain(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "bericht.csv")
	f, err := outfile.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	io.WriteString(f, "a,b\n")
	os.Symlink(filepath.Join(dir, "anderswo"), p)
	if err := f.Commit(); err == nil || !strings.Contains(err.Error(), "symbolic link") {
		t.Fatalf("commit onto a new symbolic link: %v", err)
	}
	if got := files(t, dir); got != "bericht.csv" {
		t.Errorf("folder holds %q", got)
	}
}

// A file that cannot be written is refused with a sentence that says why,
// for the common causes, naming the file and not the temporary name: a
// German window translates the whole sentence (the system's words, such as
// "permission denied", stayed English there).
func TestWriteErrorSaysWhy(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "weg", "bericht.html") // the folder does not exist
	err := outfile.Write(p, write("x"))
	if err == nil || !strings.Contains(err.Error(), "the folder does not exist") || !strings.Contains(err.Error(), p) || strings.Contains(err.Error(), ".tmp") {
		t.Errorf("missing folder: %v", err)
	}
	for errno, why := range map[syscall.Errno]string{
		syscall.EACCES: "you may not write in this folder",
		syscall.EPERM:  "you may not write in this folder",
		syscall.EROFS:  "the drive is read-only",
		syscall.ENOSPC: "the drive is full",
		syscall.EIO:    "input/output error",
	} {
		err := outfile.WriteError(p, &os.PathError{Op: "open", Path: filepath.Join(dir, ".bericht.html.1a2b.tmp"), Err: errno})
		if err == nil || !strings.Contains(err.Error(), why) || !strings.Contains(err.Error(), p) || strings.Contains(err.Error(), ".tmp") {
			t.Errorf("%v: %v, want one saying %q", errno, err, why)
		}
	}
}
