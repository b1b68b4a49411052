package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// foldBelow is the width of the articles view under which choosing an
// article (or opening one from elsewhere) folds the list away, so the
// reader gets the room: at 1024 pixels the list beside it left the text a
// few lines high.
const foldBelow = 1000

// prefArticlesFolded keeps whether the article list was folded away.
const prefArticlesFolded = "articles.folded"

// articleFold lets the article list fold away beside the reader. The
// button on the reader's left edge folds and unfolds it; opening an
// article in a narrow window folds it too.
type articleFold struct {
	list   fyne.CanvasObject // the list pane
	split  *container.Split
	button *widget.Button
}

// newArticleFold returns the fold of list in split; the button belongs on
// the reader's left edge.
func newArticleFold(u *ui, list fyne.CanvasObject, split *container.Split) *articleFold {
	f := &articleFold{list: list, split: split}
	f.button = &widget.Button{Importance: widget.LowImportance}
	f.button.OnTapped = u.safe("fold article list", f.toggle)
	f.show()
	return f
}

// edge returns reader with the fold button on its left edge.
func (f *articleFold) edge(reader fyne.CanvasObject) fyne.CanvasObject {
	return border(nil, nil, container.NewVBox(f.button), nil, reader)
}

// folded reports whether the list is folded away.
func (f *articleFold) folded() bool { return !f.list.Visible() }

// toggle folds or unfolds the list.
func (f *articleFold) toggle() { f.set(!f.folded()) }

// set folds the list away (true) or shows it.
func (f *articleFold) set(fold bool) {
	if fold == f.folded() {
		return
	}
	if fold {
		f.list.Hide()
	} else {
		f.list.Show()
	}
	f.show()
	f.split.Refresh()
}

// chosen folds the list when an article was opened in a narrow view.
func (f *articleFold) chosen() {
	if w := f.split.Size().Width; w > 0 && w < foldBelow {
		f.set(true)
	}
}

// show gives the button the arrow of what it does next: ▶ brings the list
// back, ◀ folds it away.
func (f *articleFold) show() {
	if f.folded() {
		f.button.SetIcon(theme.NavigateNextIcon())
	} else {
		f.button.SetIcon(theme.NavigateBackIcon())
	}
}
