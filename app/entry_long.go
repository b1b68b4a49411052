package app

import (
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Fyne wraps a multi-line field's text by measuring it again and again, so
// the time grows with the square of its length (longClaimText). A claim's
// text, a rationale, an excerpt or a source's notes can arrive that long
// from a bundle or from claimctl; such a text is kept whole beside the
// field, which shows its start, read-only.

// setValue puts text into the field; a text longer than longClaimText
// bytes is kept whole and its start (shownStart) shown, read-only.
func (e *wrapEntry) setValue(text string) {
	e.whole = ""
	if text != "" {
		e.setWidth = e.Size().Width
	}
	if len(text) <= longClaimText {
		e.Enable()
		e.SetText(text)
		return
	}
	e.whole = text
	e.SetText(shownStart(text, maxShownRunes))
	e.Disable()
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
	if len(text) > longClaimText {
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

// withLongNote returns the field, with a line under it when it shows only
// the start of its text (call it after setValue).
func (e *wrapEntry) withLongNote() fyne.CanvasObject {
	note := e.longNote()
	if note == "" {
		return e
	}
	return container.NewVBox(e, &widget.Label{Text: note, Wrapping: fyne.TextWrapWord,
		SizeName: theme.SizeNameCaptionText, Importance: widget.LowImportance})
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
