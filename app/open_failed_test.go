package app

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"claimdesk/claims"
)

// TestOpenFailedServerOffersLocalFile: the saved server cannot be reached
// at start; the window says why, asks for the password, and "Work on the
// file on this computer instead" opens the local file in the same window.
func TestOpenFailedServerOffersLocalFile(t *testing.T) {
	t.Setenv("LANG", "en_US.UTF-8")
	a := test.NewTempApp(t)
	p := &testPlaces{t: t, backupDir: t.TempDir()}
	local := filepath.Join(t.TempDir(), "local.db")
	opts := Options{Location: "postgres://anna@127.0.0.1:1/claimdesk?sslmode=disable", Data: p, LocalFile: local}
	var w fyne.Window
	onUI(func() {
		w = Open(a, opts, func() (claims.Services, func() error, error) {
			o, err := p.Open(opts.Location)
			return o.Services, o.Close, err
		})
	})
	t.Cleanup(func() {
		waitAllJobs() // the window's start-up jobs on the local file
		onUI(w.Close)
		waitAllJobs()
	})
	var b *widget.Button
	waitUntil(t, "the failure screen", func() bool {
		onUI(func() { b = findButtonIn(w.Content(), "Work on the file on this computer instead") })
		return b != nil
	})
	var text string
	onUI(func() { text = dialogText(w.Content()) })
	if !strings.Contains(text, "nothing answers at that address") || !strings.Contains(text, "~/.pgpass") {
		t.Errorf("the failure screen says %q", text)
	}
	onUI(func() { test.Tap(b) })
	waitUntil(t, "the window on the local file", func() bool {
		onUI(func() { text = dialogText(w.Content()) })
		return strings.Contains(text, local) && strings.Contains(text, "Database checked") // its start-up jobs done
	})
}

// waitUntil polls cond (every 50 ms, up to 30 s) and fails the test with what
// when it never holds.
func waitUntil(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("%s never appeared", what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}
