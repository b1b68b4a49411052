package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// articlesView lists articles and shows the selected one in the reader.
// (Stub: replaced by the reader implementation.)
type articlesView struct {
	u *ui
}

func newArticlesView(u *ui) *articlesView { return &articlesView{u: u} }

// content returns the view's widget tree.
func (v *articlesView) content() fyne.CanvasObject {
	return widget.NewLabel("Articles")
}
