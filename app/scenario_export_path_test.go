package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// TestScenarioExportToTypedPath: in the German window the checker exports
// and types a whole path into the save dialog's name field, as in other
// desktop programs, then presses Enter or „Speichern“. The export was to
// go to that path inside the folder shown („/home/anna/tmp/…“) and failed with
// „Den Ordner gibt es nicht“; it is written where the path says, also for
// a path from the home folder („~/…“).
func TestScenarioExportToTypedPath(t *testing.T) {
	f := newScenarioIn(t, "de")
	f.addClaim("Die Mieten stiegen 2024 um 7 Prozent.")
	installSafeFiles() // as the window does
	home := t.TempDir()
	t.Setenv("HOME", home)
	out := filepath.Join(t.TempDir(), "berichte")
	if err := os.Mkdir(out, 0o700); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		typed, want string
		enter       bool
	}{
		{filepath.Join(out, "mieten.md"), filepath.Join(out, "mieten.md"), true},
		{filepath.Join(out, "mieten-2.md"), filepath.Join(out, "mieten-2.md"), false},
		{"~/mieten-3.md", filepath.Join(home, "mieten-3.md"), true},
	} {
		f.openMarkdownSave()
		name, ok := f.win().Canvas().Focused().(*keyEntry)
		if !ok {
			t.Fatalf("the focus is on %T, not on the save dialog's name field", f.win().Canvas().Focused())
		}
		f.do(func() {
			name.SetText("")
			test.Type(name, c.typed)
			if c.enter {
				name.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
			} else {
				test.Tap(f.topDialogButton("Speichern"))
			}
		})
		f.wait()
		if data, err := os.ReadFile(c.want); err != nil || !strings.Contains(string(data), "Die Mieten stiegen 2024 um 7 Prozent.") {
			t.Errorf("typed %q: no export at %s: %v (dialog: %q)", c.typed, c.want, err, f.topText())
		}
		if f.win().Canvas().Overlays().Top() != nil {
			f.do(func() { f.u.shell.dismissTop(dismissLabels()) })
		}
	}
}
