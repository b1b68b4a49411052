package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// articleList is the list of articles. A click on a row focuses the list,
// as Fyne's own list does (it cannot for an extended list in the window:
// it focuses the embedded widget.List, which the canvas does not know), so
// that the arrows walk the articles and Space or Enter opens the one
// marked. A typed in the list accepts the open article's selected
// suggestion, as the panel says, so a click on an article and A take its
// best claim. The list keeps no Fyne selection: the rows mark the open
// article themselves (articlesView.updateRow), so that a click on the open
// article reaches onSelect as well (Fyne's list ignores selecting the
// selected row).
type articleList struct {
	widget.List
	keyed    bool                      // true while a key typed in the list is handled
	onAccept func()                    // A typed in the list
	onKey    func(*fyne.KeyEvent) bool // the window's keys (offerWindowKey)
}

// newArticleList returns the list; the caller sets the data callbacks.
func newArticleList() *articleList {
	l := &articleList{}
	l.ExtendBaseWidget(l)
	return l
}

// TypedKey notes that a selection it makes comes from the keyboard; Enter
// opens the marked row as Space does; F1 and Escape go to the window.
func (l *articleList) TypedKey(ev *fyne.KeyEvent) {
	if offerWindowKey(l.onKey, ev) {
		return
	}
	l.keyed = true
	defer func() { l.keyed = false }()
	if ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter {
		ev = &fyne.KeyEvent{Name: fyne.KeySpace, Physical: ev.Physical}
	}
	l.List.TypedKey(ev)
}

// TypedRune passes A to onAccept.
func (l *articleList) TypedRune(r rune) {
	if (r == 'a' || r == 'A') && l.onAccept != nil {
		l.onAccept()
	}
}

// pickedByKey reports whether the selection being handled was made with
// the keyboard.
func (l *articleList) pickedByKey() bool { return l.keyed }
