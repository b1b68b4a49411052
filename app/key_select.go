package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// keySelect is a drop-down that lets the window have the keys it answers
// to (F1, and Escape while a dialog is open) instead of swallowing them:
// a focused widget.Select takes every key, so Escape did nothing while it
// had the focus.
type keySelect struct {
	widget.Select
	onKey func(*fyne.KeyEvent) bool
}

// newKeySelect returns a drop-down of options passing window keys to onKey
// (may be nil).
func newKeySelect(options []string, onKey func(*fyne.KeyEvent) bool) *keySelect {
	s := &keySelect{onKey: onKey}
	s.Options = options
	s.ExtendBaseWidget(s)
	return s
}

// TypedKey offers F1 and Escape to the window first, and Enter, which a
// drop-down does nothing with (in a dialog it does what it does there: in
// the Export dialog, after a format was chosen, it did nothing; walk30).
// Space and the arrows that open the list open it with the chosen entry
// marked (markChosen).
func (s *keySelect) TypedKey(ev *fyne.KeyEvent) {
	if (ev.Name == fyne.KeyF1 || ev.Name == fyne.KeyEscape || isEnter(ev)) && s.onKey != nil && s.onKey(ev) {
		return
	}
	s.Select.TypedKey(ev)
	switch ev.Name {
	case fyne.KeySpace, fyne.KeyUp, fyne.KeyDown:
		s.markChosen()
	}
}

// Tapped opens the list with the chosen entry marked, as the keys do.
func (s *keySelect) Tapped(ev *fyne.PointEvent) {
	s.Select.Tapped(ev)
	s.markChosen()
}

// markChosen marks the chosen entry in the list Fyne's drop-down just
// opened. Fyne's list opens with no entry marked and takes ↓ first to mark
// the first, so Space, ↓, Enter on „Bewertung“ chose „Keine Bewertung“,
// whatever was chosen (walk28); now ↓ goes on from the chosen entry, as in
// other programs' drop-downs. The list has the focus once open.
func (s *keySelect) markChosen() {
	c := fyne.CurrentApp().Driver().CanvasForObject(s)
	if c == nil {
		return
	}
	menu, ok := c.Focused().(*widget.PopUpMenu)
	if !ok {
		return
	}
	for range s.SelectedIndex() + 1 {
		menu.ActivateNext()
	}
}
