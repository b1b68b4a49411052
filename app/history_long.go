package app

import (
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"claimdesk/claims"
	"claimdesk/importer"
)

// Fyne wraps a label by measuring, for every line, the rest of its
// paragraph, so the time grows with the square of the longest paragraph: a
// history row holding a rationale of 18,000 characters took over a minute
// to expand. An expanded row shows each value only up to
// expandedValueRunes characters, cut at a paragraph or sentence end; the
// whole value opens in wholeTextView, which wraps it itself, one unwrapped
// label per line.

// expandedValueRunes is how much of one value an expanded history row
// shows (wrapping this much takes a fraction of a second).
const expandedValueRunes = 600

// wholeTextLineRunes is the length of a line in wholeTextView.
const wholeTextLineRunes = 90

// cutAtSentence returns text cut after at most max runes, at the last
// paragraph end, else sentence end, else space in the cut's second half,
// with " …" appended, and whether it cut; a shorter text comes back whole.
func cutAtSentence(text string, max int) (string, bool) {
	if utf8.RuneCountInString(text) <= max {
		return text, false
	}
	cut := text[:runeOffset(text, max)]
	half := len(cut) / 2
	if i := strings.LastIndex(cut, "\n"); i > half {
		return strings.TrimRight(cut[:i], " \n") + " …", true
	}
	if i := lastSentenceEnd(cut); i > half {
		return cut[:i] + " …", true
	}
	if i := strings.LastIndexAny(cut, " \t"); i > half {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ") + " …", true
}

// runeOffset is the byte offset of the n-th rune of text (len(text) when it
// has fewer).
func runeOffset(text string, n int) int {
	for i := range text {
		if n == 0 {
			return i
		}
		n--
	}
	return len(text)
}

// lastSentenceEnd is the byte offset just after the last ".", "!", "?" or
// "…" in text that a space follows, or -1.
func lastSentenceEnd(text string) int {
	for i := len(text) - 1; i > 0; i-- {
		if text[i] != ' ' {
			continue
		}
		if r, _ := utf8.DecodeLastRuneInString(text[:i]); strings.ContainsRune(".!?…", r) {
			return i
		}
	}
	return -1
}

// wrapLines breaks text into lines of at most width runes: at its line
// ends, and within a paragraph at the last space before the width (a word
// longer than a line is split). Only the space at each break is dropped.
func wrapLines(text string, width int) []string {
	var out []string
	for _, para := range strings.Split(text, "\n") {
		for utf8.RuneCountInString(para) > width {
			end := runeOffset(para, width)
			i := strings.LastIndexAny(para[:end], " \t")
			if para[end] == ' ' || para[end] == '\t' {
				i = end
			}
			if i > 0 {
				out = append(out, para[:i])
				para = para[i+1:]
				continue
			}
			out = append(out, para[:end])
			para = para[end:]
		}
		out = append(out, para)
	}
	return out
}

// wholeTextView shows a long text read-only in a scrolling list, one line
// (wrapLines) a row, drawn as a text object, which neither wraps nor pads:
// its length costs nothing until a line is in view.
func wholeTextView(text string) *widget.List {
	lines := wrapLines(text, wholeTextLineRunes)
	list := widget.NewList(
		func() int { return len(lines) },
		func() fyne.CanvasObject { return canvas.NewText("", theme.Color(theme.ColorNameForeground)) },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			t := o.(*canvas.Text)
			t.Text = lines[i]
			t.Refresh()
		})
	list.HideSeparators = true
	return list
}

// textCopy is a button of showWholeText: its label and the text it puts
// on the clipboard.
type textCopy struct{ label, text string }

// showWholeText opens a dialog titled title holding text whole, read-only.
// The lines of the view cannot be selected; instead each of copies is a
// button that puts its text on the clipboard (none given: one that copies
// the whole text), exactly but for control characters other than tab and
// line feed (as a bundle can bring): the desktop clipboard ends a text at a
// NUL, and the fields drop the others on paste (cleanPaste).
func (u *ui) showWholeText(title, text string, copies ...textCopy) {
	list := wholeTextView(text)
	list.OnSelected = func(widget.ListItemID) { list.UnselectAll() }
	scroll := container.NewStack(list)
	d := dialog.NewCustomWithoutButtons(title, scroll, u.win)
	if len(copies) == 0 {
		copies = []textCopy{{lang.L("Copy the whole text"), text}}
	}
	var buttons []fyne.CanvasObject
	for _, c := range copies {
		b := widget.NewButton(c.label, nil)
		b.OnTapped = func() {
			fyne.CurrentApp().Clipboard().SetContent(importer.DropControls(c.text))
			for i, o := range buttons[:len(copies)] {
				o.(*widget.Button).SetText(copies[i].label)
			}
			b.SetText(lang.L("Copied to the clipboard"))
		}
		buttons = append(buttons, b)
	}
	buttons = append(buttons, &widget.Button{Text: lang.L("Close"), Importance: widget.HighImportance, OnTapped: d.Hide})
	d.SetButtons(buttons)
	d.Resize(fyne.NewSize(760, 520))
	d.Show()
}

// historyRow is a row of a claim's history: the change, when and by whom,
// and a button for the whole change, hidden until an expanded row cuts it.
func historyRow() fyne.CanvasObject {
	row := twoLines()
	button := &widget.Button{Text: lang.L("Show the whole text…"), Importance: widget.LowImportance}
	bar := container.NewHBox(button)
	bar.Hide()
	row.Objects = append(row.Objects, bar)
	return row
}

// wholeButtonHeight is the height the button of historyRow adds to a row.
func wholeButtonHeight() float32 {
	return container.NewHBox(&widget.Button{Text: "X"}).MinSize().Height
}

// setWholeButton shows the whole-text button of row box when shown is set,
// opening the whole change ev.
func (h *historyPane) setWholeButton(box *fyne.Container, ev *claims.Event, shown bool) {
	bar := box.Objects[2].(*fyne.Container)
	if !shown {
		bar.Hide()
		return
	}
	bar.Objects[0].(*widget.Button).OnTapped = func() {
		h.u.showWholeText(fieldLabel(ev.Field), h.wholeText(ev), h.copies(ev)...)
	}
	bar.Show()
}

// expandedText is the change ev as an expanded row shows it, each value cut
// at expandedValueRunes, and whether anything was cut.
func (h *historyPane) expandedText(ev *claims.Event) (string, bool) {
	switch ev.Field {
	case claims.FieldCreated, claims.FieldDeleted, claims.FieldMerged, claims.FieldConflict:
		return cutAtSentence(h.describeIn(ev, true), 2*expandedValueRunes)
	}
	old, cutOld := cutAtSentence(h.value(ev.Field, ev.Old, true), expandedValueRunes)
	nw, cutNew := cutAtSentence(h.value(ev.Field, ev.New, true), expandedValueRunes)
	return fieldLabel(ev.Field) + ": " + old + " → " + nw, cutOld || cutNew
}

// wholeText is the change ev whole: its old and its new value each under
// a heading (the dialog's title names the field).
func (h *historyPane) wholeText(ev *claims.Event) string {
	switch ev.Field {
	case claims.FieldCreated, claims.FieldDeleted, claims.FieldMerged, claims.FieldConflict:
		return h.describeIn(ev, true)
	}
	return lang.L("Before:") + "\n" + h.value(ev.Field, ev.Old, true) +
		"\n\n" + lang.L("After:") + "\n" + h.value(ev.Field, ev.New, true)
}

// copies are the buttons of the whole change ev: its old and its new value
// each (when not empty), a text exactly as stored, for a change of a value;
// none (the whole text) for the other events.
func (h *historyPane) copies(ev *claims.Event) []textCopy {
	switch ev.Field {
	case claims.FieldCreated, claims.FieldDeleted, claims.FieldMerged, claims.FieldConflict:
		return nil
	}
	var out []textCopy
	if ev.Old != "" {
		out = append(out, textCopy{lang.L("Copy the old value"), h.copyValue(ev.Field, ev.Old)})
	}
	if ev.New != "" {
		out = append(out, textCopy{lang.L("Copy the new value"), h.copyValue(ev.Field, ev.New)})
	}
	return out
}

// copyValue is the value v of field as a copy button gives it: a text as
// stored, a rating, status, evidence link or anchor as the history shows
// it.
func (h *historyPane) copyValue(field, v string) string {
	switch field {
	case claims.FieldRating, claims.FieldStatus, claims.FieldEvidence, claims.FieldAnchor:
		return h.value(field, v, true)
	}
	return v
}
