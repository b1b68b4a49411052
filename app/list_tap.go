package app

import (
	"reflect"
	"unsafe"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// A click on a row of a list gives the list the keyboard focus, so that
// ↑/↓ and Space or Enter act on it next, as in any desktop list. Fyne's
// list means to: its row asks the driver for the canvas of the list and
// focuses it. For a list extended by the app (enterList, sentenceList)
// it asks with the embedded widget.List, which the window does not know,
// and the focus stayed where it was: after a click in the rationale and
// one on the claim already open, ↓ and Enter went to the rationale
// (walk32). The claims and sources lists never took the focus by a
// click; „Sätze“ took it from its OnSelected, so not on the sentence
// chosen already. tapRow takes the click instead and does what Fyne's
// row does, with the focus given through the list the window knows.

// tapRow holds one row of a list and answers a click on it; behind the
// row it draws the keyboard mark when the row has it (list_mark.go).
type tapRow struct {
	widget.BaseWidget
	child fyne.CanvasObject
	mark  *canvas.Rectangle
	id    widget.ListItemID
	onTap func(widget.ListItemID)
}

// Tapped passes the click on row id to onTap.
func (t *tapRow) Tapped(*fyne.PointEvent) {
	if t.onTap != nil {
		t.onTap(t.id)
	}
}

// CreateRenderer shows the child over the keyboard mark.
func (t *tapRow) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewStack(t.mark, t.child))
}

// tapRows wraps the rows of l, which the window knows as outer (the
// widget that extends l), in tapRows: a click on a row focuses outer,
// marks the row for the keys and selects it, as Fyne's own click does.
// Call it after the list's CreateItem and UpdateItem are set.
func tapRows(l *widget.List, outer focusable) {
	create, update := l.CreateItem, l.UpdateItem
	onTap := func(id widget.ListItemID) {
		if c := objectCanvas(outer); c != nil {
			c.Focus(outer)
		}
		markRow(l, id)
		l.Select(id) // nothing when it is selected already
	}
	l.CreateItem = func() fyne.CanvasObject {
		t := &tapRow{child: create(), mark: newKeyMark(), id: -1, onTap: onTap}
		t.ExtendBaseWidget(t)
		return t
	}
	l.UpdateItem = func(id widget.ListItemID, o fyne.CanvasObject) {
		t := o.(*tapRow)
		t.id = id
		showKeyMark(t.mark, keyMarked(l, id))
		update(id, t.child)
	}
}

// markRow moves the list's keyboard mark (the row ↑/↓ go on from, which
// Space selects) to row id, as Fyne's click does. Fyne keeps the mark
// unexported and sets it only on a click or a key; it is written here by
// reflection, after checking its type, and left alone when a Fyne
// version stores it otherwise (then the keys go on from where they were).
func markRow(l *widget.List, id widget.ListItemID) {
	f := reflect.ValueOf(l).Elem().FieldByName("currentFocus")
	if !f.IsValid() || f.Type() != reflect.TypeOf(widget.ListItemID(0)) {
		return
	}
	old := widget.ListItemID(f.Int())
	reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem().SetInt(int64(id))
	l.RefreshItem(old)
	l.RefreshItem(id)
}
