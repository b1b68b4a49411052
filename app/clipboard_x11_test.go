//go:build cgo && !wayland && (linux || freebsd || openbsd || netbsd)

package app

import (
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// TestReadSelectionKeepsNUL: with an X display and xclip at hand (skipped
// otherwise), a text put on the clipboard by another program is read
// whole, its NUL and what follows it included — the desktop driver's
// reading ended there.
func TestReadSelectionKeepsNUL(t *testing.T) {
	if os.Getenv("DISPLAY") == "" {
		t.Skip("no X display")
	}
	if _, err := exec.LookPath("xclip"); err != nil {
		t.Skip("no xclip")
	}
	text := "Vorher\x00Nachher, der Rest. " + strings.Repeat("Lang genug für Teile. ", 20000)
	cmd := exec.Command("xclip", "-selection", "clipboard", "-quiet")
	cmd.Stdin = strings.NewReader(text)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	var got string
	for end := time.Now().Add(5 * time.Second); time.Now().Before(end); time.Sleep(50 * time.Millisecond) {
		if s, ok := readSelection(); ok {
			got = s
			break
		}
	}
	if got != text {
		t.Errorf("read %d bytes (%.40q), want %d bytes", len(got), got, len(text))
	}
}
