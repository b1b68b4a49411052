package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// A button that has the focus (after Tab) takes only Space from Fyne: the
// desktop driver gives every key to the focused control, and a button
// throws away the rest, as a check box and a slider do. So with the focus
// on one of them Enter did nothing, Escape did not close the dialog and F1
// showed no help (desk36's German keyboard walk: Tab to „Speichern“,
// Enter, nothing; in Export, Space on a check box, then Enter, nothing). buttonKey takes
// those keys for a focused button, before the button (buttonKeysHook
// hands them over); onWindowKey keeps its rule for everything else.

// buttonKey handles ev for the focused control of c when that is a button,
// a check box or a slider and ev a key it throws away: Enter (Return,
// keypad Enter) presses a focused button, as Space does, the one the focus
// ring frames; on a check box or a slider Enter goes to the window, as
// from a field (it presses the dialog's default button), and so do Escape
// and F1 from all three (onWindowKey). It reports whether it used the key.
// Call on the UI goroutine.
func buttonKey(c fyne.Canvas, ev *fyne.KeyEvent) bool {
	switch ev.Name {
	case fyne.KeyReturn, fyne.KeyEnter, fyne.KeyEscape, fyne.KeyF1:
	default:
		return false
	}
	switch f := c.Focused().(type) {
	case *widget.Button:
		if f.Disabled() {
			return false
		}
		if ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter {
			f.Tapped(&fyne.PointEvent{})
			return true
		}
	case *widget.Check, *widget.Slider:
	default:
		return false
	}
	u, ok := windowUIs.Load(c)
	return ok && u.(*ui).windowKey(ev)
}
