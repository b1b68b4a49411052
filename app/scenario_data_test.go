package app

import (
	"context"
	"io"
	"log"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"

	"claimdesk/storage/backend"
)

// testPlaces is DataPlaces on storage/backend, as main.go wires it; server
// backups go to a temporary folder, and every database is closed at the end.
type testPlaces struct {
	t         *testing.T
	backupDir string
}

func (p *testPlaces) Probe(ctx context.Context, target string) (DataProbe, error) {
	r, err := backend.ProbeTarget(ctx, target)
	return DataProbe{Server: r.Server, Encrypted: r.Encrypted, Exists: r.Exists, Claims: r.Claims}, err
}

func (p *testPlaces) Open(target string) (OpenedData, error) {
	db, err := backend.Open(target)
	if err != nil {
		return OpenedData{}, err
	}
	if db.Postgres != nil {
		db.Postgres.SetBackupDir(p.backupDir)
	}
	closed := false
	closeOnce := func() error {
		if closed {
			return nil
		}
		closed = true
		return db.Close()
	}
	p.t.Cleanup(func() { _ = closeOnce() })
	return OpenedData{Services: db.Services, Location: db.Location, Close: closeOnce}, nil
}

// dataFixture is the whole window on a file, with Settings able to switch.
type dataFixture struct {
	*shellFixture
	places *testPlaces
	logs   *syncBuffer
}

// newDataScenario opens the window on a new file through testPlaces.
func newDataScenario(t *testing.T) *dataFixture {
	t.Helper()
	return newDataScenarioAt(t, filepath.Join(t.TempDir(), "first.db"))
}

// newDataScenarioAt opens the window on target through testPlaces.
func newDataScenarioAt(t *testing.T, target string) *dataFixture {
	t.Helper()
	t.Setenv("LANG", "en_US.UTF-8")
	logs := &syncBuffer{}
	log.SetOutput(io.MultiWriter(os.Stderr, logs))
	t.Cleanup(func() { log.SetOutput(os.Stderr) })
	p := &testPlaces{t: t, backupDir: t.TempDir()}
	o, err := p.Open(target)
	if err != nil {
		t.Fatal(err)
	}
	a := test.NewTempApp(t)
	a.Preferences().SetString(prefCheckerName, "Anna Prüferin")
	uiMu.Lock()
	u := newUI(a, o.Services, Options{Location: o.Location, Data: p, CloseData: o.Close})
	uiMu.Unlock()
	u.win.Resize(fyne.NewSize(1280, 800))
	f := &shellFixture{t: t, u: u, s: u.shell, svc: u.svc}
	closeAtEnd(t, f.u, nil)
	f.wait()
	return &dataFixture{shellFixture: f, places: p, logs: logs}
}

// openDataDialog opens Settings and taps Change… beside the data location.
func (f *dataFixture) openDataDialog() *dataDialog {
	f.t.Helper()
	f.do(f.s.onSettings)
	f.do(func() { test.Tap(f.topDialogButton(lang.L("Change…"))) })
	if f.s.settings.data == nil {
		f.t.Fatal("Change… opened no data location dialog")
	}
	return f.s.settings.data
}

// switchTo taps Switch and follows the window to its new state.
func (f *dataFixture) switchTo(d *dataDialog) {
	f.t.Helper()
	f.do(func() { test.Tap(d.use) })
	if d.switched == nil {
		f.t.Fatalf("no switch: %s", d.result.Text)
	}
	f.u, f.s, f.svc = d.switched, d.switched.shell, d.switched.svc
	f.wait()
}

// TestScenarioDataLocationFiles: a checker switches from one file to a new
// one and back, in the window, without a restart; each shows its own claims.
func TestScenarioDataLocationFiles(t *testing.T) {
	f := newDataScenario(t)
	first := f.u.opts.Location
	f.addClaim("Die Kreisumlage stieg 2024 um vier Prozent.")
	second := filepath.Join(t.TempDir(), "second.db")

	d := f.openDataDialog()
	f.do(func() { d.kind.SetSelected(d.kind.Options[0]); d.file.SetText(second) })
	f.do(func() { test.Tap(d.test) })
	if !strings.Contains(d.result.Text, "There is no file there yet") {
		t.Fatalf("test of a new file says %q", d.result.Text)
	}
	f.switchTo(d)
	if got := f.u.prefs.String(prefDataLocation); got != second {
		t.Errorf("saved location %q, want %q", got, second)
	}
	if !strings.Contains(f.s.location.Text, second) {
		t.Errorf("status line %q does not name the new file", f.s.location.Text)
	}
	if n := len(f.storedClaims()); n != 0 {
		t.Fatalf("the new file shows %d claims, want 0", n)
	}
	f.addClaim("Im Landkreis gibt es 12 Hausarztpraxen weniger als 2015.")

	d = f.openDataDialog()
	f.do(func() { d.file.SetText(first) })
	f.do(func() { test.Tap(d.test) })
	if !strings.Contains(d.result.Text, "The file exists") {
		t.Fatalf("test of the first file says %q", d.result.Text)
	}
	f.switchTo(d)
	cs := f.storedClaims()
	if len(cs) != 1 || !strings.Contains(cs[0].Text, "Kreisumlage") {
		t.Fatalf("back on the first file: %d claims %v", len(cs), cs)
	}
}
