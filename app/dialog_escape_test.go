package app

import (
	"testing"

	"fyne.io/fyne/v2"
)

// TestEscapeInDialogDropDowns: Escape did nothing while a drop-down of the
// Settings or Export dialog had the focus (a focused widget.Select takes
// every key); the evidence dialog's were fixed before. Now Escape there is
// the window's Escape and closes the untouched dialog.
func TestEscapeInDialogDropDowns(t *testing.T) {
	f := newGermanFixture(t)
	cv := f.win().Canvas()
	escapeIn := func(o fyne.Focusable) {
		f.do(func() {
			cv.Focus(o)
			cv.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
		})
	}
	for _, pick := range []func(d *settingsDialog) fyne.Focusable{
		func(d *settingsDialog) fyne.Focusable { return d.lang },
		func(d *settingsDialog) fyne.Focusable { return d.theme },
		func(d *settingsDialog) fyne.Focusable { return d.scale },
	} {
		f.do(f.s.onSettings)
		escapeIn(pick(f.s.settings))
		if top := cv.Overlays().Top(); top != nil {
			t.Fatalf("Escape in a Settings drop-down left:\n%s", dialogText(top))
		}
	}
	f.do(f.s.onExport)
	f.wait()
	escapeIn(f.s.exporter.format)
	if top := cv.Overlays().Top(); top != nil {
		t.Fatalf("Escape in the Export dialog's format drop-down left:\n%s", dialogText(top))
	}
}
