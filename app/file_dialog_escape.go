package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// Fyne's save dialog („Export speichern unter“) opens with the focus in
// its file name field, a plain widget.Entry. The desktop driver gives an
// unmodified key only to the focused widget, and the entry drops Escape,
// so Escape did nothing there (walk28): the window's Escape, which presses
// „Abbrechen“, never saw it. Fyne keeps the field unexported and offers no
// key hook before the focused widget, so the field shown is replaced by a
// keyEntry that passes Escape and F1 to the window and mirrors its text
// into Fyne's field (which the dialog reads when saving) both ways.

// escapeInSaveName puts a mirror of the file name field of the save dialog
// on top of win's canvas in its place, focused if Fyne's field was, and
// returns the dialog and the mirror; it does nothing and returns nil when
// the topmost overlay has no such field (an open dialog, or a Fyne version
// that lays the dialog out otherwise).
func escapeInSaveName(win fyne.Window) (*widget.PopUp, *keyEntry) {
	c := win.Canvas()
	top, ok := c.Overlays().Top().(*widget.PopUp)
	if !ok {
		return nil, nil
	}
	sc, name := saveNameIn(top.Content)
	if name == nil {
		return nil, nil
	}
	mirror := newKeyEntry(func(ev *fyne.KeyEvent) bool {
		if h := c.OnTypedKey(); h != nil {
			h(ev)
			return true
		}
		return false
	})
	mirror.PlaceHolder = name.PlaceHolder
	mirror.Text = name.Text
	mirror.CursorRow, mirror.CursorColumn = name.CursorRow, name.CursorColumn
	mirror.OnSubmitted = name.OnSubmitted
	mirror.OnChanged = func(s string) {
		if name.Text != s {
			name.SetText(s)
		}
	}
	fyneChanged := name.OnChanged
	name.OnChanged = func(s string) { // a file clicked in the dialog names it
		if fyneChanged != nil {
			fyneChanged(s)
		}
		if mirror.Text != s {
			mirror.SetText(s)
		}
	}
	sc.Content = mirror
	sc.Refresh()
	if c.Focused() == name {
		c.Focus(mirror)
	}
	return top, mirror
}

// saveNameIn returns the scroll holding a save dialog's file name field,
// and the field, found in o; nil, nil when there is none.
func saveNameIn(o fyne.CanvasObject) (*container.Scroll, *widget.Entry) {
	switch c := o.(type) {
	case *container.Scroll:
		if e, ok := c.Content.(*widget.Entry); ok {
			return c, e
		}
		return saveNameIn(c.Content)
	case *fyne.Container:
		for _, k := range c.Objects {
			if sc, e := saveNameIn(k); e != nil {
				return sc, e
			}
		}
	case *container.Split:
		if sc, e := saveNameIn(c.Leading); e != nil {
			return sc, e
		}
		return saveNameIn(c.Trailing)
	}
	return nil, nil
}
