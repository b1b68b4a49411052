package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// A panic in a UI callback is caught: logged, told in plain words, and the
// window stays open with the checker's unsaved edits.
func TestPanicInUICallbackKeepsWork(t *testing.T) {
	f := newShellFixture(t)
	e := f.s.claims.editor
	f.do(func() {
		f.s.onNewClaim()
		test.Type(e.text, "Der Hafen wurde 1912 gebaut.")
	})
	before := panics.Load()
	f.do(func() { f.u.background(func() {}, func() { panic("boom in a background update") }) })
	f.do(func() { f.u.safe("button", func() { panic("boom in a button") })() })
	if got := panics.Load() - before; got != 2 {
		t.Fatalf("caught %d panics, want 2", got)
	}
	if e.text.Text != "Der Hafen wurde 1912 gebaut." || !e.dirty {
		t.Fatalf("the unsaved edit was lost: %q dirty=%v", e.text.Text, e.dirty)
	}
	top := f.u.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no message shown")
	}
	var msg string
	walkObjects(top, func(l *widget.Label) { msg += l.Text })
	if !strings.Contains(msg, "internal error") || !strings.Contains(msg, "boom in a button") {
		t.Fatalf("message = %q", msg)
	}
	panics.Add(before - panics.Load()) // these two were meant
}

// walkObjects calls fn for every label inside o.
func walkObjects(o fyne.CanvasObject, fn func(*widget.Label)) {
	switch x := o.(type) {
	case *widget.Label:
		fn(x)
		return
	case *fyne.Container:
		for _, k := range x.Objects {
			walkObjects(k, fn)
		}
		return
	case fyne.Widget:
		r := test.WidgetRenderer(x)
		if r == nil {
			return
		}
		for _, k := range r.Objects() {
			walkObjects(k, fn)
		}
	}
}
