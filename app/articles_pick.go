package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// articleList is the list of articles. It tells an article chosen by the
// keyboard (Space on the focused row) from one chosen by a click: after a
// click the opened article's suggestions take the keys (A and Enter accept
// the selected one, as the panel says), after Space the list keeps them so
// that the checker can walk on through the articles.
type articleList struct {
	widget.List
	keyed bool // true while a key typed in the list is handled
}

// newArticleList returns the list; the caller sets the data callbacks.
func newArticleList() *articleList {
	l := &articleList{}
	l.ExtendBaseWidget(l)
	return l
}

// TypedKey notes that a selection it makes comes from the keyboard.
func (l *articleList) TypedKey(ev *fyne.KeyEvent) {
	l.keyed = true
	defer func() { l.keyed = false }()
	l.List.TypedKey(ev)
}

// pickedByKey reports whether the selection being handled was made with
// the keyboard.
func (l *articleList) pickedByKey() bool { return l.keyed }
