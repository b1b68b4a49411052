package app

import (
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
)

// Control characters that no text shows are dropped from a paste into a
// field (cleanPaste) and from an imported article (desk.Prepare). They
// were dropped without a word; now the status line says how many („3
// Steuerzeichen entfernt“), only when there were some, so that the
// checker knows the text is not byte for byte what was copied.

// windowUIs maps each main window's canvas to its ui (newUIIn), so that a
// field's paste finds the status line of its window; a window's entry goes
// when it closes (newWindow).
var windowUIs sync.Map // fyne.Canvas → *ui

// tellDroppedIn tells, in the status line of the window that shows o, that
// n control characters were dropped; nothing when n is 0 or o is in no
// main window.
func tellDroppedIn(o fyne.CanvasObject, n int) {
	if n <= 0 || o == nil {
		return
	}
	c := fyne.CurrentApp().Driver().CanvasForObject(o)
	if c == nil {
		return
	}
	if u, ok := windowUIs.Load(c); ok {
		u.(*ui).tellDropped(n)
	}
}

// tellDropped says in the status line that n control characters were
// dropped; nothing when n is 0 (or before the window is built).
func (u *ui) tellDropped(n int) {
	if n <= 0 || u.shell == nil {
		return
	}
	u.shell.showStatus(lang.LocalizePlural("{{.Count}} control characters removed", n,
		map[string]any{"Count": formatCount(n)}))
}
