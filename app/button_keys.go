package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// A button that has the focus (after Tab) takes only Space from Fyne: the
// desktop driver gives every key to the focused control, and a button
// throws away the rest. So with the focus on a button Enter did nothing,
// Escape did not close the dialog and F1 showed no help (desk36's German
// keyboard walk: Tab to „Speichern“, Enter, nothing). buttonKey takes
// those keys for a focused button, before the button (buttonKeysHook
// hands them over); onWindowKey keeps its rule for everything else.

// buttonKey handles ev for the focused control of c when that is a button
// and ev a key a button throws away: Enter (Return, keypad Enter) presses
// the button, as Space does, the one the focus ring frames; Escape and F1
// go to the window (onWindowKey). It reports whether it used the key. Call
// on the UI goroutine.
func buttonKey(c fyne.Canvas, ev *fyne.KeyEvent) bool {
	b, ok := c.Focused().(*widget.Button)
	if !ok || b.Disabled() {
		return false
	}
	switch ev.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		b.Tapped(&fyne.PointEvent{})
		return true
	case fyne.KeyEscape, fyne.KeyF1:
		u, ok := windowUIs.Load(c)
		return ok && u.(*ui).windowKey(ev)
	}
	return false
}
