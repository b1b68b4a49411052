package app

import (
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// Fyne wraps a multi-line field's text by measuring it again and again, so
// the time grows with the square of its length (longClaimText). A claim's
// text, a rationale, an excerpt or a source's notes can arrive that long
// from a bundle or from claimctl; such a text is kept whole beside the
// field, which shows its start, read-only.

// setValue puts text into the field; a text too long to wrap (tooLong) is
// kept whole and its start (shownStart) shown, read-only.
func (e *wrapEntry) setValue(text string) {
	e.whole = ""
	if text != "" {
		e.setWidth = e.Size().Width
	}
	defer e.showNote()
	if !e.tooLong(text) {
		e.Enable()
		e.SetText(text)
		return
	}
	e.whole = text
	e.SetText(shownStart(text, maxShownRunes))
	e.Disable()
}

// tooLong reports whether text is too long for the field to wrap: longer
// than maxBytes (longClaimText when 0), or with a line longer than maxLine
// when that is set.
func (e *wrapEntry) tooLong(text string) bool {
	limit := e.maxBytes
	if limit == 0 {
		limit = longClaimText
	}
	return len(text) > limit || e.maxLine > 0 && len(text) > e.maxLine && longestLine(text) > e.maxLine
}

// longestLine is the length (bytes) of the longest line of s.
func longestLine(s string) int {
	n := 0
	for len(s) > 0 {
		i := strings.IndexByte(s, '\n')
		if i < 0 {
			i = len(s)
		}
		n = max(n, i)
		s = s[min(i+1, len(s)):]
	}
	return n
}

// setValueLater is setValue for a field of a dialog not shown yet: a text
// short enough to edit goes in only when fill is called, once the dialog
// is shown. Until then the field has no width, and Fyne wraps a text at
// every width it passes through, in a time that grows with the square of
// the paragraph (the evidence dialog wrapped an excerpt nearly a word a
// line while it was built, then again when shown); filled last, the text
// is wrapped once, at the dialog's width. A text too long to edit is cut
// at once as setValue does, since the note under the field (withLongNote)
// depends on it.
func (e *wrapEntry) setValueLater(text string) {
	if e.tooLong(text) {
		e.setValue(text)
		return
	}
	e.setValue("")
	e.later = text
}

// fill puts in the text setValueLater kept, and reports whether there was
// one.
func (e *wrapEntry) fill() bool {
	if e.later == "" {
		return false
	}
	e.setValue(e.later)
	e.later = ""
	return true
}

// value is the field's text: the whole text setValue kept when it was too
// long to edit, else what the field holds.
func (e *wrapEntry) value() string {
	if e.whole != "" {
		return e.whole
	}
	return e.Text
}

// trimmed is value without the space around it, as the editors store a
// field; a text kept whole stays exactly as it came, so that saving other
// fields does not change it.
func (e *wrapEntry) trimmed() string {
	if e.whole != "" {
		return e.whole
	}
	return strings.TrimSpace(e.Text)
}

// long reports whether the field shows only the start of a text too long
// to edit here.
func (e *wrapEntry) long() bool { return e.whole != "" }

// longNote says that the field shows only the start of its text, "" when
// it shows all of it.
func (e *wrapEntry) longNote() string {
	if !e.long() {
		return ""
	}
	return lang.L("Text too long to edit here ({{.Count}} characters): its start is shown, it is kept whole",
		map[string]any{"Count": formatCount(utf8.RuneCountInString(e.whole))})
}

// withLongNote returns the field with its note line (noteRow) under it.
func (e *wrapEntry) withLongNote() fyne.CanvasObject {
	return container.NewVBox(e, e.noteRow())
}

// noteRow returns the line to show under the field, made on the first
// call: shown while the field shows only the start of its text (longNote)
// and kept up to date by setValue, with a button that empties the field,
// so that a text can be typed or pasted in its place.
func (e *wrapEntry) noteRow() *fyne.Container {
	if e.note == nil {
		label := noteLabel("")
		clear := &widget.Button{Text: lang.L("Empty the field"), Importance: widget.LowImportance,
			OnTapped: func() { e.setValue("") }}
		e.note = border(nil, nil, nil, clear, label)
		e.showNote()
	}
	return e.note
}

// showNote shows or hides the line of noteRow, if there is one.
func (e *wrapEntry) showNote() {
	if e.note == nil {
		return
	}
	note := e.longNote()
	for _, o := range e.note.Objects {
		if l, ok := o.(*widget.Label); ok {
			l.SetText(note)
		}
	}
	e.note.Hidden = note == ""
	e.note.Refresh()
}

// shownStart is text cut after max runes, at a space or line end when
// there is one near, with " …"; a shorter text comes back as it is. Unlike
// shownUnit it keeps the text's lines.
func shownStart(text string, max int) string {
	if len(text) <= max || utf8.RuneCountInString(text) <= max { // bytes ≥ runes: short enough
		return text
	}
	cut := text[:runeOffset(text, max)]
	if j := strings.LastIndexAny(cut, " \n"); j > len(cut)*3/4 {
		cut = cut[:j]
	}
	return cut + " …"
}
