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

// TypedKey offers F1 and Escape to the window first.
func (s *keySelect) TypedKey(ev *fyne.KeyEvent) {
	if (ev.Name == fyne.KeyF1 || ev.Name == fyne.KeyEscape) && s.onKey != nil && s.onKey(ev) {
		return
	}
	s.Select.TypedKey(ev)
}
