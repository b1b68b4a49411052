package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// wrapEntry is a multi-line, word-wrapping entry that keeps a space typed at
// a line wrap. Fyne's Entry (2.7.1 and 2.8.1 alike) leaves the cursor in
// front of a space that was typed where the line wraps, so the next letter
// goes before the space: "bis Blinken" became "bisB linken" while typing and
// "bisBlinken" once the trailing space was trimmed on save. wrapEntry
// remembers where the cursor should be after each typed character and puts
// the next one there when the entry lost it.
type wrapEntry struct {
	widget.Entry
	want     int    // text offset (runes) the cursor should be at; -1 unknown
	wantText string // the text when want was recorded
	// onKey is offered F1 and Escape first, so that the window answers
	// them (help, closing a dialog); nil keeps them in the entry.
	onKey func(*fyne.KeyEvent) bool
	// whole is the text when it is too long to edit here (setValue); the
	// field then shows its start, read-only.
	whole string
	// later is the text setValueLater keeps until fill puts it in.
	later string
	// setWidth is the field's width when setValue last put in a text that
	// is not empty: 0 means it was wrapped before the field had a width.
	setWidth float32
	// maxBytes and maxLine bound the text the field wraps (tooLong): 0
	// means longClaimText bytes and no bound on a line.
	maxBytes, maxLine int
	// note is the line under the field that noteRow made, nil before.
	note *fyne.Container
	// onLong is called after a paste was kept whole (pasteLong); may be nil.
	onLong func()
	// onSubmit is called for Ctrl+Enter, which sends a form from its
	// multi-line field in desktop programs; nil leaves the key to the entry.
	onSubmit func()
}

// newWrapEntry returns an empty wrapping multi-line entry that offers F1 and
// Escape to onKey (may be nil).
func newWrapEntry(placeholder string, changed func(string), onKey func(*fyne.KeyEvent) bool) *wrapEntry {
	e := &wrapEntry{want: -1, onKey: onKey}
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	e.PlaceHolder = placeholder
	e.OnChanged = changed
	e.ExtendBaseWidget(e)
	return e
}

// AcceptsTab is false: Tab moves to the next field, as the help says, rather
// than typing a tab into a claim or rationale.
func (e *wrapEntry) AcceptsTab() bool { return false }

// TypedRune inserts r where the cursor should be.
func (e *wrapEntry) TypedRune(r rune) {
	if e.Disabled() || e.SelectedText() != "" {
		e.want = -1
		e.Entry.TypedRune(r)
		return
	}
	pos := e.CursorTextOffset()
	if e.want >= 0 && e.Text == e.wantText && pos == e.want-1 {
		pos = e.want // the entry put the cursor back in front of a space
	}
	old := []rune(e.Text)
	pos = min(max(pos, 0), len(old))
	expected := string(old[:pos]) + string(r) + string(old[pos:])
	e.Entry.TypedRune(r)
	if e.Text != expected {
		e.SetText(expected)
	}
	e.setCursorOffset(pos + 1)
	e.want, e.wantText = pos+1, e.Text
}

// TypedKey offers F1 and Escape to onKey first. It forgets the remembered
// cursor when a key moves it or edits the text. The desktop driver sends
// every key here, letters and the space bar too, before the typed character
// arrives at TypedRune: those keep it.
func (e *wrapEntry) TypedKey(k *fyne.KeyEvent) {
	if (k.Name == fyne.KeyF1 || k.Name == fyne.KeyEscape) && e.onKey != nil && e.onKey(k) {
		return
	}
	switch k.Name {
	case fyne.KeyUp, fyne.KeyDown, fyne.KeyLeft, fyne.KeyRight, fyne.KeyHome, fyne.KeyEnd,
		fyne.KeyPageUp, fyne.KeyPageDown, fyne.KeyBackspace, fyne.KeyDelete,
		fyne.KeyReturn, fyne.KeyEnter, fyne.KeyTab:
		e.want = -1
	}
	e.Entry.TypedKey(k)
}

// TypedShortcut forgets the remembered cursor: pasting or undo move it.
// Ctrl+Home and Ctrl+End go to the text's start and end (docEdge); Ctrl+Enter
// calls onSubmit when set. It pastes without control characters
// (cleanPaste), and keeps a paste too long to wrap whole (pasteLong).
func (e *wrapEntry) TypedShortcut(s fyne.Shortcut) {
	e.want = -1
	if docEdge(&e.Entry, s) {
		return
	}
	if e.onSubmit != nil && submitShortcut(s) {
		e.onSubmit()
		return
	}
	s = cleanPaste(s, e)
	if p, ok := s.(*fyne.ShortcutPaste); ok && e.pasteLong(p) {
		return
	}
	e.Entry.TypedShortcut(s)
}

// submitShortcut reports whether s is Ctrl+Enter (either Enter key).
func submitShortcut(s fyne.Shortcut) bool {
	cs, ok := s.(*desktop.CustomShortcut)
	return ok && cs.Modifier == fyne.KeyModifierShortcutDefault && (cs.KeyName == fyne.KeyReturn || cs.KeyName == fyne.KeyEnter)
}

// Tapped forgets the remembered cursor: a click moves it.
func (e *wrapEntry) Tapped(ev *fyne.PointEvent) {
	e.want = -1
	e.Entry.Tapped(ev)
}

// MouseDown forgets the remembered cursor: a click moves it.
func (e *wrapEntry) MouseDown(m *desktop.MouseEvent) {
	e.want = -1
	e.Entry.MouseDown(m)
}

// setCursorOffset puts the cursor at text offset off (runes), as near as
// the entry's rows allow.
func (e *wrapEntry) setCursorOffset(off int) {
	if e.CursorTextOffset() == off {
		return
	}
	row, start, prev := 0, 0, -1
	for r := 0; r <= len(e.Text)+1; r++ {
		e.CursorRow, e.CursorColumn = r, 0
		s := e.CursorTextOffset()
		if s > off || s <= prev {
			break
		}
		row, start, prev = r, s, s
	}
	e.CursorRow, e.CursorColumn = row, off-start
	e.Refresh()
}
