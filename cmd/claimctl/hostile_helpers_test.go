package main

import (
	"crypto/sha256"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// Helpers of the hostile-input table (hostile_test.go).

// evilClaim adds a claim whose text retitles the terminal and clears it.
func evilClaim(t *testing.T, h *hostileEnv) string {
	t.Helper()
	return mustID(t, h.db, "claim", "add", "--article", h.article,
		"--text", "Minister \x1b]0;PWNED\x07sagte \x1b[2J\x1b[Hdass 412 Windräder stehen")
}

// wantNoControls fails when out holds a control character other than line
// feed and tab, or a C1 control.
func wantNoControls(t *testing.T, out string) {
	t.Helper()
	for _, r := range out {
		if (r < 0x20 && r != '\n' && r != '\t') || (r >= 0x7f && r <= 0x9f) {
			t.Fatalf("output holds control character %U: %q", r, out)
		}
	}
}

// wantRefused checks a refusal: exit status 2, nothing on stdout, one line
// on stderr naming name and saying why.
func wantRefused(t *testing.T, r result, name, why string) {
	t.Helper()
	if r.code != 2 || r.stdout != "" || strings.Count(r.stderr, "\n") != 1 ||
		!strings.Contains(r.stderr, name) || !strings.Contains(r.stderr, why) {
		t.Fatalf("exit %d, stdout %q, stderr %q; want exit 2 and one line naming %s with %q", r.code, clipped(r.stdout), r.stderr, name, why)
	}
}

// within runs f and fails the test if it takes longer than d (the command
// would block forever on a FIFO).
// blockedAfter is how long a hostile-input case may run before it counts as
// blocked. The commands under test either end within a second or never; the
// bound is generous because CI runs on two busy cores with -race.
const blockedAfter = 30 * time.Second

func within(t *testing.T, d time.Duration, f func() result) result {
	t.Helper()
	ch := make(chan result, 1)
	go func() { ch <- f() }()
	select {
	case r := <-ch:
		return r
	case <-time.After(d):
		t.Fatalf("still running after %v: blocked", d)
		return result{}
	}
}

func mkfifo(t *testing.T, p string) string {
	t.Helper()
	if err := syscall.Mkfifo(p, 0o644); err != nil {
		t.Skip("cannot make a FIFO here:", err)
	}
	return p
}

func symlink(t *testing.T, target, p string) string {
	t.Helper()
	if err := os.Symlink(target, p); err != nil {
		t.Skip("cannot make a symbolic link here:", err)
	}
	return p
}

func mkdir(t *testing.T, p string) {
	t.Helper()
	if err := os.Mkdir(p, 0o755); err != nil {
		t.Fatal(err)
	}
}

// wantMode checks that p is still a file of the given type.
func wantMode(t *testing.T, p string, typ os.FileMode) {
	t.Helper()
	st, err := os.Lstat(p)
	if err != nil || st.Mode().Type() != typ {
		t.Errorf("%s was replaced (%v, %v)", p, st.Mode(), err)
	}
}

// umask returns the process's umask (set back at once).
func umask(t *testing.T) os.FileMode {
	m := syscall.Umask(0)
	syscall.Umask(m)
	return os.FileMode(m)
}

// utf16Text encodes ASCII and Latin-1 text as UTF-16 with a byte order mark.
func utf16Text(s string, little bool) string {
	var b []byte
	if little {
		b = []byte{0xff, 0xfe}
	} else {
		b = []byte{0xfe, 0xff}
	}
	for _, r := range s {
		if little {
			b = append(b, byte(r), byte(r>>8))
		} else {
			b = append(b, byte(r>>8), byte(r))
		}
	}
	return string(b)
}

// fileState is the size, modification time and SHA-256 of the file at p.
func fileState(t *testing.T, p string) string {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(p)
	if err != nil {
		t.Fatal(err)
	}
	return fmt.Sprintf("%d %v %x", st.Size(), st.ModTime(), sha256.Sum256(b))
}

// clipped shortens long output for a failure message.
func clipped(s string) string {
	if len(s) > 300 {
		return s[:300] + "…"
	}
	return s
}

// hostileBinary builds claimctl for a row that needs a process of its own.
func hostileBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "claimctl")
	cmd := exec.Command("go", "build", "-o", bin, ".")
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}
