package app

import (
	"image/color"
	"reflect"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// The keyboard mark of a list (the row ↑/↓ go on from, which Space or
// Enter opens) is drawn by Fyne in the hover colour: 6 % white on the
// dark theme, 6 % black on the light one. After ↓ in the claims list the
// checker could hardly see which row the next Enter would open (walk32).
// The lists whose rows are tapRows (the claims, sources and search hits,
// the reader's sentences) and the articles list and a claim's Evidence and
// History lists (markKeyRows) draw it
// themselves, behind the row, as Fyne marks a focused field: a frame in
// the primary colour over the focus colour. A selected row keeps its
// selection colour under the frame.

// keyMarkFrame is the width of the mark's frame.
const keyMarkFrame = 2

// newKeyMark returns the hidden mark of one row.
func newKeyMark() *canvas.Rectangle {
	r := &canvas.Rectangle{StrokeWidth: keyMarkFrame}
	r.Hide()
	return r
}

// showKeyMark shows or hides a row's mark, in the theme's colours now
// (the theme may have changed in Settings).
func showKeyMark(r *canvas.Rectangle, on bool) {
	if on {
		r.FillColor = theme.Color(theme.ColorNameFocus)
		r.StrokeColor = theme.Color(theme.ColorNamePrimary)
		r.CornerRadius = theme.SelectionRadiusSize()
		r.Show()
	} else {
		r.FillColor, r.StrokeColor = color.Transparent, color.Transparent
		r.Hide()
	}
	r.Refresh()
}

// keyMarked reports whether row id of l has the keyboard mark: the list
// has the focus and its mark is on the row. Fyne keeps both unexported;
// they are read by reflection, and a Fyne version that stores them
// otherwise shows no mark of the app's (Fyne's own faint one stays).
func keyMarked(l *widget.List, id widget.ListItemID) bool {
	v := reflect.ValueOf(l).Elem()
	at, focused := v.FieldByName("currentFocus"), v.FieldByName("focused")
	if !at.IsValid() || at.Type() != reflect.TypeOf(widget.ListItemID(0)) || !focused.IsValid() || focused.Kind() != reflect.Bool {
		return false
	}
	return focused.Bool() && widget.ListItemID(at.Int()) == id
}

// markKeyRows draws the keyboard mark behind the rows of l (for a list
// whose rows are not tapRows). Call it after l's CreateItem and
// UpdateItem are set; UpdateItem is then given the row as CreateItem made
// it.
func markKeyRows(l *widget.List) {
	create, update := l.CreateItem, l.UpdateItem
	l.CreateItem = func() fyne.CanvasObject {
		return container.NewStack(newKeyMark(), create())
	}
	l.UpdateItem = func(id widget.ListItemID, o fyne.CanvasObject) {
		row := o.(*fyne.Container)
		showKeyMark(row.Objects[0].(*canvas.Rectangle), keyMarked(l, id))
		update(id, row.Objects[1])
	}
}
