package app

import (
	"strings"

	"fyne.io/fyne/v2"
)

// A paste can bring megabytes into a field (an article copied whole from
// a PDF, often without a line break). Fyne's entry wraps a line in a time
// that grows with the square of its length, so such a paste froze the
// window for minutes. A paste that would make the field's text too long to
// wrap (tooLong) is kept whole instead, as a stored text that long is when
// a field is opened: the field shows its start, read-only, and the whole
// text is what is saved or imported.

// pasteLong pastes the clipboard's text itself when the field's text would
// then be too long to wrap, keeping it whole (setValue), and reports
// whether it did; a shorter paste is left to the entry.
func (e *wrapEntry) pasteLong(p *fyne.ShortcutPaste) bool {
	if p.Clipboard == nil || e.Disabled() {
		return false
	}
	clip := p.Clipboard.Content()
	if clip == "" {
		return false
	}
	text := pasted(e.Text, e.CursorTextOffset(), e.SelectedText(), clip)
	if !e.tooLong(text) {
		return false
	}
	e.setValue(text)
	if e.onLong != nil {
		e.onLong()
	}
	return true
}

// pasted is text with clip pasted at the cursor (cursorRunes, a rune
// offset), in place of the selection sel when there is one; the cursor is
// at one end of the selection (a selection not found there is kept).
func pasted(text string, cursorRunes int, sel, clip string) string {
	at := runeToByte(text, cursorRunes)
	switch {
	case sel == "":
		return text[:at] + clip + text[at:]
	case strings.HasPrefix(text[at:], sel):
		return text[:at] + clip + text[at+len(sel):]
	case at >= len(sel) && strings.HasSuffix(text[:at], sel):
		return text[:at-len(sel)] + clip + text[at:]
	}
	return text[:at] + clip + text[at:]
}
