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
	f, e := newClaimTyped(t, "Der Hafen wurde 1912 gebaut.")
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

// A panic in a job's background work (the extraction of an imported text,
// say) is caught like one in a UI callback: the window stays with the
// checker's unsaved edit, the message is shown, and the job's UI update,
// which would show what was not made, is not run. It ended the program.
func TestPanicInBackgroundWorkKeepsWork(t *testing.T) {
	f, e := newClaimTyped(t, "Der Hafen wurde 1912 gebaut.")
	before := panics.Load()
	updated := false
	f.do(func() { f.u.background(func() { panic("boom in background work") }, func() { updated = true }) })
	f.u.wait()
	if got := panics.Load() - before; got != 1 {
		t.Fatalf("caught %d panics, want 1", got)
	}
	if updated {
		t.Error("the job's UI update ran after its work panicked")
	}
	if e.text.Text != "Der Hafen wurde 1912 gebaut." || !e.dirty {
		t.Fatalf("the unsaved edit was lost: %q dirty=%v", e.text.Text, e.dirty)
	}
	var msg string
	walkObjects(f.u.win.Canvas().Overlays().Top(), func(l *widget.Label) { msg += l.Text })
	if !strings.Contains(msg, "boom in background work") {
		t.Fatalf("message = %q", msg)
	}
	panics.Add(before - panics.Load()) // this one was meant
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

// A panic in the callbacks of the search view, the articles list and the
// paste dialog is caught like one in the claims list: told in plain words,
// the window stays with the checker's typing.
func TestPanicGuardCoversViewsAndDialogs(t *testing.T) {
	f := newShellFixture(t)
	before := panics.Load()
	f.do(func() { f.s.search.list.OnSelected(7) }) // no hits: index out of range
	p := f.s.articles.paste
	f.do(func() {
		f.s.articles.onPaste()
		test.Type(p.text, "Der Hafen wurde 1912 gebaut.")
		p.title = nil // a defect in the dialog's code
	})
	f.do(func() { tapButton(t, f.u.win.Canvas().Overlays().Top(), "Import") })
	if got := panics.Load() - before; got != 2 {
		t.Fatalf("caught %d panics, want 2", got)
	}
	var msg string
	walkObjects(f.u.win.Canvas().Overlays().Top(), func(l *widget.Label) { msg += l.Text })
	if !strings.Contains(msg, "internal error") {
		t.Fatalf("message = %q", msg)
	}
	if p.text.Text != "Der Hafen wurde 1912 gebaut." {
		t.Fatalf("the pasted text was lost: %q", p.text.Text)
	}
	if f.u.win.Content() == nil {
		t.Fatal("the window lost its content")
	}
	panics.Add(before - panics.Load()) // these were meant
}

// tapButton taps the button labelled text inside o.
func tapButton(t *testing.T, o fyne.CanvasObject, text string) {
	t.Helper()
	for _, b := range buttonsIn(o, nil) {
		if b.Text == text {
			b.OnTapped()
			return
		}
	}
	t.Fatalf("no button %q", text)
}

// newClaimTyped returns a window with a new claim open in the editor and
// text typed into it, not saved.
func newClaimTyped(t *testing.T, text string) (*shellFixture, *claimEditor) {
	f := newShellFixture(t)
	e := f.s.claims.editor
	f.do(func() {
		f.s.onNewClaim()
		test.Type(e.text, text)
	})
	return f, e
}
