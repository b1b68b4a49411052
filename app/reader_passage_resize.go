package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Resize keeps the cursor in view when the passage changes size, as an
// editor keeps the line it shows when its window gets smaller. The passage
// shows the chosen sentence by putting the cursor at its start
// (showSpan); accepting a suggestion then shows the status line under the
// text and the editor button in the details, and the window lays the
// reader out again. Fyne's entry scrolls its cursor into view when a new
// width wraps its text anew, but not when it only gets lower: the sentence
// just accepted slid out of view below (walk32). A cursor the checker has
// scrolled away from stays where it is.
func (e *passageEntry) Resize(size fyne.Size) {
	if size == e.Size() {
		return
	}
	shown := e.cursorShown()
	e.Entry.Resize(size)
	if shown && !e.cursorShown() {
		e.Refresh() // scrolls the cursor into view
	}
}

// cursorShown reports whether the cursor's row is in view; false when the
// scroll position cannot be read (scrollOffset).
func (e *passageEntry) cursorShown() bool {
	off, ok := e.scrollOffset()
	if !ok {
		return false
	}
	th := e.Theme()
	line := fyne.MeasureText("M", th.Size(theme.SizeNameText), e.TextStyle).Height
	y := e.CursorPosition().Y
	return y >= off.Y && y+line <= off.Y+e.Size().Height
}
