package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// TestEscapeInEvidenceSourceDropDown: in the German window, Escape did
// nothing while the evidence dialog's source drop-down (or the kind
// drop-down) had the focus; „Abbrechen" worked. Now Escape there is the
// window's Escape: an untouched dialog closes, and one with a typed
// excerpt asks first, as Cancel does.
func TestEscapeInEvidenceSourceDropDown(t *testing.T) {
	f := newGermanFixture(t)
	c := f.addClaim("Die Mieten stiegen 2023 um 2,5 Prozent.")
	f.addSource()
	f.do(func() { f.u.openClaim(c.ID) })
	p := f.s.claims.editor.evidence
	cv := f.win().Canvas()
	// escapeIn gives o the focus and types Escape, as the window passes
	// keys to the focused widget.
	escapeIn := func(o fyne.Focusable) {
		f.do(func() {
			cv.Focus(o)
			cv.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
		})
	}

	f.do(p.onAdd)
	escapeIn(p.dialog.source)
	if top := cv.Overlays().Top(); top != nil {
		t.Fatalf("Escape in the source drop-down left:\n%s", dialogText(top))
	}

	f.do(p.onAdd)
	escapeIn(p.dialog.kind)
	if top := cv.Overlays().Top(); top != nil {
		t.Fatalf("Escape in the kind drop-down left:\n%s", dialogText(top))
	}

	f.do(p.onAdd)
	d := p.dialog
	f.do(func() {
		d.source.SetSelectedIndex(1)
		test.Type(d.excerpt, "Tabelle 3: plus 2,5 Prozent.")
	})
	escapeIn(d.source)
	if got := f.topText(); !strings.Contains(got, "Dieser Beleg hat Änderungen") {
		t.Fatalf("Escape with a typed excerpt: the top dialog says\n%s", got)
	}
}
