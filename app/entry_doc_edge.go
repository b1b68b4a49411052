package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// Fyne's entry (2.7.1) has no Ctrl+Home or Ctrl+End: in a multi-line field
// they did nothing, so a BackSpace typed after Ctrl+End at the field's
// start deleted nothing (walk28). Its PageUp and PageDown go to the start
// and the end of the whole text, which is what the two shortcuts do in
// other editors; docEdge maps one to the other.

// docEdge moves e's cursor to the start of its text for Ctrl+Home and to
// its end for Ctrl+End, selecting up to there with Shift held as well; it
// reports whether sc was one of them.
func docEdge(e *widget.Entry, sc fyne.Shortcut) bool {
	cs, ok := sc.(*desktop.CustomShortcut)
	if !ok || cs.Modifier&fyne.KeyModifierShortcutDefault == 0 ||
		cs.Modifier&^(fyne.KeyModifierShortcutDefault|fyne.KeyModifierShift) != 0 {
		return false
	}
	key := fyne.KeyPageUp
	switch cs.KeyName {
	case fyne.KeyHome:
	case fyne.KeyEnd:
		key = fyne.KeyPageDown
	default:
		return false
	}
	if cs.Modifier&fyne.KeyModifierShift != 0 { // Shift is down: the key up that ends the selection follows
		e.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	}
	e.TypedKey(&fyne.KeyEvent{Name: key})
	return true
}
