package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// enterList is a list in which Enter opens the marked row, as Space does.
// Fyne's list selects only on Space: a checker who walked the search hits,
// the claims or the sources with the arrows and pressed Enter, as in any
// desktop list, got nothing (walk30). The articles list does the same
// (articleList).
type enterList struct {
	widget.List
	onKey func(*fyne.KeyEvent) bool // the window's keys (offerWindowKey)
}

// listParts are the callbacks of a list.
type listParts struct {
	Length     func() int
	CreateItem func() fyne.CanvasObject
	UpdateItem func(widget.ListItemID, fyne.CanvasObject)
	OnSelected func(widget.ListItemID)
	OnKey      func(*fyne.KeyEvent) bool // the window's keys, F1 and Escape (offerWindowKey)
}

// newEnterList returns an enterList with the callbacks p.
func newEnterList(p listParts) *enterList {
	e := &enterList{onKey: p.OnKey}
	e.Length, e.CreateItem, e.UpdateItem, e.OnSelected = p.Length, p.CreateItem, p.UpdateItem, p.OnSelected
	e.ExtendBaseWidget(e)
	tapRows(&e.List, e) // a click focuses the list (list_tap.go)
	return e
}

// TypedKey takes Enter for Space and offers F1 and Escape to the window.
func (l *enterList) TypedKey(ev *fyne.KeyEvent) {
	if offerWindowKey(l.onKey, ev) {
		return
	}
	if ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter {
		ev = &fyne.KeyEvent{Name: fyne.KeySpace, Physical: ev.Physical}
	}
	l.List.TypedKey(ev)
}
