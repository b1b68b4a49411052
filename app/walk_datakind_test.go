package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// TestWalkDataKindOneTabStop is walk27's data location dialog by the
// keyboard, in the German and the English window: the kind (file or
// server) was a radio group, two Tab stops before the file's path, and a
// space typed on one of them switched the kind, the fields changing under
// the checker. The kind is one drop-down now, with the focus when the
// dialog opens: one Tab reaches the path, a space there opens the choice
// without switching, the arrows switch, and the fields typed keep their
// text when switched back.
func TestWalkDataKindOneTabStop(t *testing.T) {
	for _, language := range []string{"de", "en"} {
		t.Run(language, func(t *testing.T) {
			f := newScenarioIn(t, language)
			c := f.win().Canvas()
			var d *dataDialog
			f.do(func() { d = f.u.onDataLocation() })
			if d.server() {
				t.Fatal("the dialog opened on the server")
			}
			first := c.Focused()
			if first == nil {
				t.Fatal("the dialog opened with the focus nowhere")
			}
			overlays := len(c.Overlays().List())
			f.do(func() {
				first.TypedRune(' ')
				first.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
			})
			if d.server() {
				t.Errorf("a space on the dialog's first Tab stop (%T) switched to the server", first)
			}
			if len(c.Overlays().List()) > overlays {
				f.do(func() { c.Overlays().Remove(c.Overlays().Top()) }) // the drop-down's choice
			}
			f.do(func() { c.Focus(first); test.FocusNext(c) })
			if c.Focused() != fyne.Focusable(d.file) {
				t.Fatalf("one Tab from the first stop (%T) reached %T, want the file's path", first, c.Focused())
			}
			f.do(func() { d.file.SetText("/srv/pruefung.db") })
			f.do(func() { c.Focus(first); first.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight}) })
			if !d.server() || d.serverBox.Hidden {
				t.Fatalf("→ on the kind did not show the server's fields")
			}
			f.do(func() { d.host.SetText("db.redaktion.example") })
			f.do(func() { first.TypedKey(&fyne.KeyEvent{Name: fyne.KeyLeft}) })
			if d.server() || d.file.Text != "/srv/pruefung.db" {
				t.Errorf("back on the file: server %v, path %q", d.server(), d.file.Text)
			}
			f.do(func() { first.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight}) })
			if d.host.Text != "db.redaktion.example" {
				t.Errorf("back on the server the host is %q", d.host.Text)
			}
		})
	}
}

// TestWalkDataDialogShowsThePath is walk28's data location dialog of a
// start with --db, in the German and the English window: the note on --db
// above the kind pushed the file's path below the fields' fixed height,
// cut off at the dialog's buttons. The fields are as tall as they need.
func TestWalkDataDialogShowsThePath(t *testing.T) {
	for _, language := range []string{"de", "en"} {
		t.Run(language, func(t *testing.T) {
			f := newScenarioIn(t, language)
			f.u.opts.Fixed = "--db"
			var d *dataDialog
			f.do(func() { d = f.u.onDataLocation() })
			need := d.scroll.Content.MinSize().Height
			if got := d.scroll.Size().Height; got < need {
				t.Errorf("the fields show %.0f of %.0f pixels: the path is cut off", got, need)
			}
		})
	}
}
