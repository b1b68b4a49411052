package app

import (
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// Fyne's entry has no call that selects text; its keys do. selectSpan
// selects by the keys a checker would press: Shift held down at the
// span's start, → at its end.

// selectSpan selects body[start:end] of the article (byte offsets in the
// article body) as far as the passage shows it, with the cursor at its end
// (so the entry scrolls it into view); it does nothing when the passage
// shows none of it.
func (e *passageEntry) selectSpan(start, end int) {
	start, end = max(0, start-e.base), min(len(e.body), end-e.base)
	if e.base < 0 || start >= end || e.Text != e.body {
		return
	}
	for start < end && !utf8.RuneStart(e.body[start]) {
		start++
	}
	from := utf8.RuneCountInString(e.body[:start])
	to := from + utf8.RuneCountInString(e.body[start:end])
	e.unselect()
	shift := &fyne.KeyEvent{Name: desktop.KeyShiftLeft}
	e.CursorRow, e.CursorColumn = e.rowCol(from)
	e.Entry.KeyDown(shift)
	e.CursorRow, e.CursorColumn = e.rowCol(to - 1)
	e.Entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	e.Entry.KeyUp(shift)
}

// unselect ends the selection, with the cursor at its start, as ← does.
func (e *passageEntry) unselect() {
	if e.SelectedText() != "" {
		e.Entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyLeft})
	}
}

// rowCol returns the (wrapped) row and the column of rune pos of the text,
// found by the rows' starts (Fyne keeps its own mapping unexported). It
// moves the cursor.
func (e *passageEntry) rowCol(pos int) (row, col int) {
	rowStart := func(r int) int {
		e.CursorRow, e.CursorColumn = r, 0
		return e.CursorTextOffset()
	}
	lo, hi := 0, pos+1 // rows: the first row not shown is the count
	for lo < hi {
		if m := (lo + hi + 1) / 2; rowStart(m) > 0 {
			lo = m
		} else {
			hi = m - 1
		}
	}
	rows := lo + 1
	lo, hi = 0, rows-1 // the last row starting at or before pos
	for lo < hi {
		if m := (lo + hi + 1) / 2; rowStart(m) <= pos {
			lo = m
		} else {
			hi = m - 1
		}
	}
	return lo, pos - rowStart(lo)
}

// showSpan scrolls the passage so that body[start:end] of the article
// (byte offsets in the article body) is in view, as an editor shows the
// line it goes to: a selection ends and the cursor goes to the span's end,
// then to its start, so that a span taller than the view shows its start.
// It does nothing when the passage shows none of it.
func (e *passageEntry) showSpan(start, end int) {
	start, end = max(0, start-e.base), min(len(e.body), end-e.base)
	if e.base < 0 || start > end || e.Text != e.body {
		return
	}
	for start < end && !utf8.RuneStart(e.body[start]) {
		start++
	}
	from := utf8.RuneCountInString(e.body[:start])
	to := from + utf8.RuneCountInString(e.body[start:end])
	e.unselect()
	for _, pos := range []int{to, from} {
		e.CursorRow, e.CursorColumn = e.rowCol(pos)
		e.Refresh() // scrolls the cursor into view
	}
}
